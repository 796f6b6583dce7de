/** How refusals reach people: messages beside form fields and error pages, RFC 9457 problem details for the API. */
package cn.safety.enforcement.web.error;
