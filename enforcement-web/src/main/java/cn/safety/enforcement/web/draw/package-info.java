/** 双随机、一公开: running a draw, its public document and pages, and recusals (回避). */
package cn.safety.enforcement.web.draw;
