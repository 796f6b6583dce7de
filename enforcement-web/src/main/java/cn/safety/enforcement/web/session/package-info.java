/** HTTP sessions kept in PostgreSQL: who is signed in, shared by every node. */
package cn.safety.enforcement.web.session;
