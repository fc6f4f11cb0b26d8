/**
 * The product report: the prototype's core flow for one article or product type, composed of
 * the other tools, with recommendations each tied to a figure of the report. The lifecycle
 * stage follows {@code LifecycleRule}.
 */
package com.shopsight.tools.report;
