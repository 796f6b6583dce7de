/** Enterprise registry pages and API: list, search, detail (一企一档), create, edit, reassignment, bulk import. */
package cn.safety.enforcement.web.enterprise;
