/** User accounts: each belongs to one department and holds roles; inspectors carry an enforcement certificate (R12). */
package cn.safety.enforcement.domain.account;
