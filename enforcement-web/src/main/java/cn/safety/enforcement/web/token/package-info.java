/** The API's token endpoint: a token for the password checked once, and revoking the token in use. */
package cn.safety.enforcement.web.token;
