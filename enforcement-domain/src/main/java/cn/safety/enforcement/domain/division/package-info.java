/** GB/T 2260 administrative divisions (行政区划): province, city, county, kept by admins as codes change over the years. */
package cn.safety.enforcement.domain.division;
