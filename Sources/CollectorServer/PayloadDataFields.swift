/// The parameter names payload_data 1-0-4 defines. Its schema forbids
/// any other (`additionalProperties: false`), so an event carrying one
/// would fail validation in the pipeline behind a real collector.
enum PayloadDataFields {
  static let names: Set<String> = [
    "ad_ad", "ad_ba", "ad_ca", "ad_uid", "aid", "cd", "co", "cookie", "cs",
    "ctype", "cx", "ds", "dtm", "duid", "e", "eid", "f_ag", "f_dir", "f_fla",
    "f_gears", "f_java", "f_pdf", "f_qt", "f_realp", "f_wma", "fp", "ip",
    "lang", "mac", "nuid", "p", "page", "pp_max", "pp_may", "pp_mix", "pp_miy",
    "refr", "res", "sa", "se_ac", "se_ca", "se_la", "se_pr", "se_va", "sid",
    "sn", "sp", "st", "stm", "ti_ca", "ti_cu", "ti_id", "ti_na", "ti_nm",
    "ti_pr", "ti_qu", "ti_sk", "tid", "tna", "tnuid", "tr_af", "tr_ci",
    "tr_co", "tr_cu", "tr_id", "tr_sh", "tr_st", "tr_tt", "tr_tx", "ttm", "tv",
    "tz", "ua", "ue_na", "ue_pr", "ue_px", "uid", "url", "vid", "vp",
  ]
}
