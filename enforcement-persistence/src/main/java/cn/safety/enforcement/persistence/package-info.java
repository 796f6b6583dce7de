/** Spring Data adapters behind the domain's ports, one sub-package per feature, plus the embedded database. */
package cn.safety.enforcement.persistence;
