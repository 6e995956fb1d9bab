# language: zh-CN
@免申即享 @差一点符合
功能: 差一点符合的政策（请求中 "nearMisses": true）
  请求写明 "nearMisses": true 的，答复在匹配结果之外，对当日在本地有效、主体却未匹配的每项政策，给出最接近的档次
  （未满足条件最少的一档）、未满足的条件、主体的值，数值条件还给出相差多少。它只解释未发生的匹配，由与规则同源的
  决策表行算出，不改变匹配结果；已匹配的、不适用于本地的、不在有效期内的政策不列出。未请求的，答复不含此项。

  规则: 列出未满足的条件，以及相差多少

    场景: 从业人数301人的企业，差1人符合小型微利企业所得税减免
      假如 在 "640100" 于 "2026-03-02" 查询免申即享政策
      而且 主体是企业
      而且 共享数据显示 annualTaxableIncome 为 "1000000"
      而且 共享数据显示 employees 为 "301"
      而且 共享数据显示 totalAssets 为 "1000000"
      而且 同时查询差一点符合的政策
      当 匹配免申即享政策
      那么 没有匹配到政策 "SMALL-PROFIT-CIT"
      而且 政策 "SMALL-PROFIT-CIT" 差一点符合，仅有 1 项条件未满足
      而且 政策 "SMALL-PROFIT-CIT" 未满足条件 "employees <= 300"，相差 1.0

    场景: 79岁的西安老人，差1岁符合高龄老人生活补贴的第一档
      假如 在 "610100" 于 "2026-03-02" 查询免申即享政策
      而且 主体是自然人
      而且 共享数据显示 age 为 "79"
      而且 同时查询差一点符合的政策
      当 匹配免申即享政策
      那么 没有匹配到政策 "ELDERLY-ALLOWANCE-SX"
      而且 政策 "ELDERLY-ALLOWANCE-SX" 差一点符合，仅有 1 项条件未满足
      而且 政策 "ELDERLY-ALLOWANCE-SX" 最接近的档次为 "80-89岁"
      而且 政策 "ELDERLY-ALLOWANCE-SX" 未满足条件 "age >= 80"，相差 1.0

    场景: 多项条件未满足的，逐项列出；非数值条件给出主体的值
      假如 在 "410700" 于 "2025-06-30" 查询免申即享政策
      而且 主体是企业
      而且 共享数据显示 insuredMonths 为 "10"
      而且 共享数据显示 employees 为 "50"
      而且 共享数据显示 layoffRate 为 "0.01"
      而且 共享数据显示 seriousDishonesty 为 "true"
      而且 共享数据显示 enterpriseScale 为 "SMALL"
      而且 共享数据显示 unemploymentInsurancePaid 为 "20000"
      而且 同时查询差一点符合的政策
      当 匹配免申即享政策
      那么 没有匹配到政策 "JOB-STABILITY-REFUND"
      而且 政策 "JOB-STABILITY-REFUND" 差一点符合，仅有 2 项条件未满足
      而且 政策 "JOB-STABILITY-REFUND" 最接近的档次为 "小型企业，30人以上"
      而且 政策 "JOB-STABILITY-REFUND" 未满足条件 "insuredMonths >= 12"，相差 2.0
      而且 政策 "JOB-STABILITY-REFUND" 未满足条件 "seriousDishonesty == false"，主体的值为 "true"

  规则: 已匹配的、不适用于本地的、不在有效期内的政策不列出；未请求的不给出

    场景: 已匹配的政策不是差一点符合（年龄恰为80岁）
      假如 在 "610100" 于 "2026-03-02" 查询免申即享政策
      而且 主体是自然人
      而且 共享数据显示 age 为 "80"
      而且 同时查询差一点符合的政策
      当 匹配免申即享政策
      那么 匹配到政策 "ELDERLY-ALLOWANCE-SX"
      而且 政策 "ELDERLY-ALLOWANCE-SX" 不在差一点符合之列

    场景: 陕西的政策在银川不列出
      假如 在 "640100" 于 "2026-03-02" 查询免申即享政策
      而且 主体是自然人
      而且 共享数据显示 age 为 "79"
      而且 同时查询差一点符合的政策
      当 匹配免申即享政策
      那么 政策 "ELDERLY-ALLOWANCE-SX" 不在差一点符合之列

    场景: 政策到期之日（2025-12-31）仍列出，次日不再列出
      假如 在 "410700" 于 "2025-12-31" 查询免申即享政策
      而且 主体是企业
      而且 共享数据显示 insuredMonths 为 "10"
      而且 共享数据显示 employees 为 "50"
      而且 共享数据显示 layoffRate 为 "0.01"
      而且 共享数据显示 seriousDishonesty 为 "false"
      而且 共享数据显示 enterpriseScale 为 "SMALL"
      而且 共享数据显示 unemploymentInsurancePaid 为 "20000"
      而且 同时查询差一点符合的政策
      当 匹配免申即享政策
      那么 政策 "JOB-STABILITY-REFUND" 未满足条件 "insuredMonths >= 12"，相差 2.0
      假如 在 "410700" 于 "2026-01-01" 查询免申即享政策
      当 匹配免申即享政策
      那么 政策 "JOB-STABILITY-REFUND" 不在差一点符合之列

    场景: 未请求的，答复不含差一点符合的政策
      假如 在 "640100" 于 "2026-03-02" 查询免申即享政策
      而且 主体是企业
      而且 共享数据显示 employees 为 "301"
      当 匹配免申即享政策
      那么 答复不含差一点符合的政策
