/** Admin pages for the division list, and the division autocomplete of the API. */
package cn.safety.enforcement.web.division;
