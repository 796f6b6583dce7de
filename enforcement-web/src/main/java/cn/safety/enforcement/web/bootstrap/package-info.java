/** Start-up data: the demo departments, users and enterprises, the first admin in production, and the bulk generator. */
package cn.safety.enforcement.web.bootstrap;
