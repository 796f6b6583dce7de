/** Issued documents over the API and their PDF layout; the number patterns' admin page. */
package cn.safety.enforcement.web.document;
