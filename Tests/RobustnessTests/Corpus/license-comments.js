/*! keep me */
/** @license MIT */
// @preserve line
var a = 1 /* drop */
