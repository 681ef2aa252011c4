/** The front door: public landing page, each role's home page, and the start-up report. */
package org.regia.portal;
