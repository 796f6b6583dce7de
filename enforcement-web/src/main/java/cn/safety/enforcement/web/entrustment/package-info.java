/** 委托执法 pages and API: entrusting a township to an organisation, ending it, listing them. */
package cn.safety.enforcement.web.entrustment;
