/** Spring Data adapter for API tokens: the token check is one query by the token's hash. */
package cn.safety.enforcement.persistence.token;
