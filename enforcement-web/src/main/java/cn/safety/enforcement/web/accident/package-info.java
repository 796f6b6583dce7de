/** Accidents and duty findings: the API, and the forms that record them from the enterprise file. */
package cn.safety.enforcement.web.accident;
