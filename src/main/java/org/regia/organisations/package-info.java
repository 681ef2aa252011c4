/**
 * Organisations (companies, universities, research centres, non-profits, public bodies, schools), their yearly
 * figures and EU SME size class, people and their roles in organisations, and the company-register port.
 */
package org.regia.organisations;
