/** API access tokens: issued after one password check, checked by their hash on every call, revoked or expired. */
package cn.safety.enforcement.domain.token;
