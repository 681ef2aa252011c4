/**
 * Value types and infrastructure used by every module: money, enterprise numbers, localized text, the clock,
 * the embedded database, the audit revision entity, and web conventions (problem details, locale).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.regia.shared;
