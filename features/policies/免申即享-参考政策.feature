# language: zh-CN
@免申即享
功能: 免申即享参考政策的匹配
  每项参考政策：符合条件的匹配、不符合的不匹配，以及边界（政策到期之日、年龄恰为80岁）。
  全部条件均来自共享数据的，免于申请（免申即享）；有自行申报的，需主体确认（即申即享）。
  示例数据（data_quality = sample）的政策保留其“示例数据”依据表述，不作为法律依据。

  规则: 小型微利企业所得税减免（全国，财政部 税务总局公告2023年第12号）

    场景: 三项指标均在上限内、全部来自共享数据的企业，免申即享
      假如 在 "640100" 于 "2026-03-02" 查询免申即享政策
      而且 主体是企业
      而且 共享数据显示 annualTaxableIncome 为 "3000000"
      而且 共享数据显示 employees 为 "300"
      而且 共享数据显示 totalAssets 为 "50000000"
      当 匹配免申即享政策
      那么 匹配到政策 "SMALL-PROFIT-CIT"
      而且 政策 "SMALL-PROFIT-CIT" 免于申请
      而且 政策 "SMALL-PROFIT-CIT" 的类别为 "ENTERPRISE"
      而且 政策 "SMALL-PROFIT-CIT" 的依据为 "《财政部 税务总局关于进一步支持小微企业和个体工商户发展有关税费政策的公告》（财政部 税务总局公告2023年第12号）"

    场景: 从业人数超过300人的企业不匹配
      假如 在 "640100" 于 "2026-03-02" 查询免申即享政策
      而且 主体是企业
      而且 共享数据显示 annualTaxableIncome 为 "1000000"
      而且 共享数据显示 employees 为 "301"
      而且 共享数据显示 totalAssets 为 "1000000"
      当 匹配免申即享政策
      那么 没有匹配到政策 "SMALL-PROFIT-CIT"

    场景: 从业人数为自行申报的，即申即享，需企业确认
      假如 在 "640100" 于 "2026-03-02" 查询免申即享政策
      而且 主体是企业
      而且 共享数据显示 annualTaxableIncome 为 "1000000"
      而且 主体自行申报 employees 为 "20"
      而且 共享数据显示 totalAssets 为 "1000000"
      当 匹配免申即享政策
      那么 匹配到政策 "SMALL-PROFIT-CIT"
      而且 政策 "SMALL-PROFIT-CIT" 需要主体确认 "employees"

    场景: 政策到期之日（2027-12-31）仍匹配，次日不再匹配
      假如 在 "640100" 于 "2027-12-31" 查询免申即享政策
      而且 主体是企业
      而且 共享数据显示 annualTaxableIncome 为 "1000000"
      而且 共享数据显示 employees 为 "20"
      而且 共享数据显示 totalAssets 为 "1000000"
      当 匹配免申即享政策
      那么 匹配到政策 "SMALL-PROFIT-CIT"
      假如 在 "640100" 于 "2028-01-01" 查询免申即享政策
      当 匹配免申即享政策
      那么 没有匹配到政策 "SMALL-PROFIT-CIT"

  规则: 高龄老人生活补贴（陕西，示例数据）

    场景: 年龄恰为80岁的西安老人，每月100元
      假如 在 "610100" 于 "2026-03-02" 查询免申即享政策
      而且 主体是自然人
      而且 共享数据显示 age 为 "80"
      当 匹配免申即享政策
      那么 匹配到政策 "ELDERLY-ALLOWANCE-SX"
      而且 政策 "ELDERLY-ALLOWANCE-SX" 的收益为 100.0 "元/月"
      而且 政策 "ELDERLY-ALLOWANCE-SX" 免于申请
      而且 政策 "ELDERLY-ALLOWANCE-SX" 的依据为 "示例数据：陕西高龄补贴标准（第三方汇总，待核实）"

    场景: 79岁不匹配
      假如 在 "610100" 于 "2026-03-02" 查询免申即享政策
      而且 主体是自然人
      而且 共享数据显示 age 为 "79"
      当 匹配免申即享政策
      那么 没有匹配到政策 "ELDERLY-ALLOWANCE-SX"

    场景: 陕西的政策不适用于银川
      假如 在 "640100" 于 "2026-03-02" 查询免申即享政策
      而且 主体是自然人
      而且 共享数据显示 age 为 "95"
      当 匹配免申即享政策
      那么 没有匹配到政策 "ELDERLY-ALLOWANCE-SX"

    场景: 90岁以上按第二档，100岁以上按第三档
      假如 在 "610100" 于 "2026-03-02" 查询免申即享政策
      而且 主体是自然人
      而且 共享数据显示 age 为 "100"
      当 匹配免申即享政策
      那么 政策 "ELDERLY-ALLOWANCE-SX" 的收益为 300.0 "元/月"

  规则: 失业保险稳岗返还（全国，示例数据，2025年）

    场景: 中小微企业按上年度实际缴纳失业保险费的60%返还
      假如 在 "410700" 于 "2025-06-30" 查询免申即享政策
      而且 主体是企业
      而且 共享数据显示 insuredMonths 为 "12"
      而且 共享数据显示 employees 为 "50"
      而且 共享数据显示 layoffRate 为 "0.055"
      而且 共享数据显示 seriousDishonesty 为 "false"
      而且 共享数据显示 enterpriseScale 为 "SMALL"
      而且 共享数据显示 unemploymentInsurancePaid 为 "20000"
      当 匹配免申即享政策
      那么 匹配到政策 "JOB-STABILITY-REFUND"
      而且 政策 "JOB-STABILITY-REFUND" 的收益为 12000.0 "元"

    场景: 30人及以下的企业，裁员率不超过20%即可
      假如 在 "410700" 于 "2025-06-30" 查询免申即享政策
      而且 主体是企业
      而且 共享数据显示 insuredMonths 为 "12"
      而且 共享数据显示 employees 为 "30"
      而且 共享数据显示 layoffRate 为 "0.20"
      而且 共享数据显示 seriousDishonesty 为 "false"
      而且 共享数据显示 enterpriseScale 为 "MICRO"
      而且 共享数据显示 unemploymentInsurancePaid 为 "5000"
      当 匹配免申即享政策
      那么 政策 "JOB-STABILITY-REFUND" 的收益为 3000.0 "元"

    场景: 严重失信的企业不匹配
      假如 在 "410700" 于 "2025-06-30" 查询免申即享政策
      而且 主体是企业
      而且 共享数据显示 insuredMonths 为 "12"
      而且 共享数据显示 employees 为 "50"
      而且 共享数据显示 layoffRate 为 "0.01"
      而且 共享数据显示 seriousDishonesty 为 "true"
      而且 共享数据显示 enterpriseScale 为 "LARGE"
      而且 共享数据显示 unemploymentInsurancePaid 为 "20000"
      当 匹配免申即享政策
      那么 没有匹配到政策 "JOB-STABILITY-REFUND"

    场景: 政策到期之日（2025-12-31）匹配，2026-01-01 不再匹配
      假如 在 "410700" 于 "2025-12-31" 查询免申即享政策
      而且 主体是企业
      而且 共享数据显示 insuredMonths 为 "24"
      而且 共享数据显示 employees 为 "500"
      而且 共享数据显示 layoffRate 为 "0.02"
      而且 共享数据显示 seriousDishonesty 为 "false"
      而且 共享数据显示 enterpriseScale 为 "LARGE"
      而且 共享数据显示 unemploymentInsurancePaid 为 "100000"
      当 匹配免申即享政策
      那么 政策 "JOB-STABILITY-REFUND" 的收益为 30000.0 "元"
      假如 在 "410700" 于 "2026-01-01" 查询免申即享政策
      当 匹配免申即享政策
      那么 没有匹配到政策 "JOB-STABILITY-REFUND"
