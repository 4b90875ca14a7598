/**
 * Weigh stations (磅房) of source units with their lanes, the API credentials that stations and
 * vendor weighbridge software sign requests with, and the HMAC authentication of the
 * {@code /api/**} requests.
 */
package cn.overloadcontrol.station;
