/** The signed-in user's own account: who am I, change my password. */
package cn.safety.enforcement.web.account;
