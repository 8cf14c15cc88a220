/**
 * Android "SMS Backup & Restore" XML (sms.xml with sms and mms, calls.xml with the call log), read
 * as a secure stream; FORMATS §4.
 */
package app.walkaway.importer.sms;
