/** The web layer: pages, the JSON API under /api/v1, security, and the runnable application. */
package cn.safety.enforcement.web;
