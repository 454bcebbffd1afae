/*! snowpak tracker 0.1.0 | speaks the Snowplow tracker protocol */
