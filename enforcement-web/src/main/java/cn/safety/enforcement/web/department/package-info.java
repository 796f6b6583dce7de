/** Enforcement departments: the API list and the admin pages. */
package cn.safety.enforcement.web.department;
