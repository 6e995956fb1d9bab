# language: zh-CN
@请求校验
功能: 请求校验 受理申请的输入校验
  通过 API 提交的受理申请先逐字段校验：每个不合法的字段都在 400 回答的 errors 中点名，不作受理决定；
  期限计算超出节假日安排所覆盖年份的，返回 422 并说明缺少的年份。

  背景:
    假如 在 "640100" 于 "2025-12-15" 申请办理事项 "YC-SPJY-001"
    而且 申请人是法人 "91640100MA76A1B2CR"
    而且 通过网上申请
    而且 已提交材料 "M01,M04,M05,M06"

  规则: 身份证号、统一社会信用代码的校验码必须正确

    场景: 身份证号校验码错误的，返回 400 并指向 applicant.id
      假如 申请人是自然人 "640303199201014561"
      当 提交受理申请
      那么 返回状态 400
      而且 错误指向字段 "applicant.id"
      而且 错误说明提到 "身份证号"

    场景: 统一社会信用代码校验码错误的，返回 400 并指向 applicant.id
      假如 申请人是法人 "91640100MA76A1B2C0"
      当 提交受理申请
      那么 返回状态 400
      而且 错误指向字段 "applicant.id"
      而且 错误说明提到 "统一社会信用代码"

    场景: 校验码正确的统一社会信用代码通过校验
      当 提交受理申请
      那么 返回状态 200
      而且 受理结论为 "ACCEPT"

    场景: 校验码为 X 的身份证号通过校验
      假如 申请人是自然人 "64010219450302123X"
      当 提交受理申请
      那么 受理结论为 "ACCEPT"

    场景: 自然人填写统一社会信用代码的，作为身份证号校验不通过
      假如 申请人是自然人 "91640100MA76A1B2CR"
      当 提交受理申请
      那么 返回状态 400
      而且 错误指向字段 "applicant.id"

  规则: 日期必须是真实存在的日期

    场景: 受理日期为不存在的 2025-02-30 的，返回 400 并指向 asOf
      假如 在 "640100" 于 "2025-02-30" 申请办理事项 "YC-SPJY-001"
      当 提交受理申请
      那么 返回状态 400
      而且 错误指向字段 "asOf"

    场景: 平年的 2025-02-29 不是真实日期
      假如 在 "640100" 于 "2025-02-29" 申请办理事项 "YC-SPJY-001"
      当 提交受理申请
      那么 返回状态 400
      而且 错误指向字段 "asOf"

    场景: 闰年的 2024-02-29 是真实日期，通过校验（事项当时尚未公布，不予受理）
      假如 在 "640100" 于 "2024-02-29" 申请办理事项 "YC-SPJY-001"
      当 提交受理申请
      那么 返回状态 200
      而且 受理结论为 "REJECT"

    场景: 承诺补齐日期早于受理日期的，返回 400 并指向 commitment.supplementBy
      假如 申请人已签署书面承诺，承诺于 "2025-12-14" 前补齐
      当 提交受理申请
      那么 返回状态 400
      而且 错误指向字段 "commitment.supplementBy"

    场景: 承诺补齐日期恰为受理当日的，通过校验
      假如 缺少材料 "M06"
      而且 申请人已签署书面承诺，承诺于 "2025-12-15" 前补齐
      当 提交受理申请
      那么 受理结论为 "ACCEPT_WITH_DEFICIENCY"
      而且 补正期限为 "2025-12-15"

  规则: 枚举值必须是规定的取值

    场景: 材料状态为未知取值的，返回 400 并指向 materials[0].status
      当 提交受理申请，请求体为:
        """
        {"jurisdiction": "640100", "asOf": "2025-12-15", "matterCode": "YC-SPJY-001",
         "applicant": {"type": "LEGAL_PERSON", "id": "91640100MA76A1B2CR"},
         "materials": [{"code": "M01", "status": "SUBMITTED"}]}
        """
      那么 返回状态 400
      而且 错误指向字段 "materials[0].status"

    场景: 申请人类型为未知取值的，返回 400 并指向 applicant.type
      当 提交受理申请，请求体为:
        """
        {"jurisdiction": "640100", "asOf": "2025-12-15", "matterCode": "YC-SPJY-001",
         "applicant": {"type": "COMPANY", "id": "91640100MA76A1B2CR"},
         "materials": [{"code": "M01", "status": "PROVIDED"}]}
        """
      那么 返回状态 400
      而且 错误指向字段 "applicant.type"

    场景: 特殊群体为未知取值的，返回 400 并指向 applicant.groups[0]
      假如 申请人属于特殊群体 "学生"
      当 提交受理申请
      那么 返回状态 400
      而且 错误指向字段 "applicant.groups[0]"

    场景: 多个字段同时不合法的，一次点名全部字段
      当 提交受理申请，请求体为:
        """
        {"jurisdiction": "640100", "asOf": "2025-02-30", "matterCode": "YC-SPJY-001",
         "applicant": {"type": "COMPANY", "id": "91640100MA76A1B2CR"},
         "materials": [{"code": "M01", "status": "SUBMITTED"}]}
        """
      那么 返回状态 400
      而且 错误指向字段 "asOf"
      而且 错误指向字段 "applicant.type"
      而且 错误指向字段 "materials[0].status"

    场景: 规定取值的请求通过校验
      当 提交受理申请，请求体为:
        """
        {"jurisdiction": "640100", "asOf": "2025-12-15", "matterCode": "YC-SPJY-001",
         "applicant": {"type": "LEGAL_PERSON", "id": "91640100MA76A1B2CR", "groups": ["PREGNANT"]},
         "materials": [{"code": "M01", "status": "PROVIDED"}, {"code": "M04", "status": "PROVIDED"},
                       {"code": "M05", "status": "PROVIDED"}, {"code": "M06", "status": "NOT_LEGAL_FORM"}]}
        """
      那么 受理结论为 "NOTIFY_SUPPLEMENT"
      而且 材料 "M06" 的补正问题为 "NOT_LEGAL_FORM"
      而且 提供优先服务

  规则: 材料编码必须是该事项的材料

    场景: 列出的第四项材料 M06 不是建筑工程施工许可的材料的，返回 400 并指向 materials[3].code
      假如 在 "640100" 于 "2025-12-15" 申请办理事项 "YC-SGXK-002"
      当 提交受理申请
      那么 返回状态 400
      而且 错误指向字段 "materials[3].code"
      而且 错误说明提到 "is not a material of matter YC-SGXK-002"

    场景: 事项没有的材料编码 M09 列在第一项的，返回 400 并指向 materials[0].code
      当 提交受理申请，请求体为:
        """
        {"jurisdiction": "640100", "asOf": "2025-12-15", "matterCode": "YC-SPJY-001",
         "applicant": {"type": "LEGAL_PERSON", "id": "91640100MA76A1B2CR"},
         "materials": [{"code": "M09", "status": "PROVIDED"}]}
        """
      那么 返回状态 400
      而且 错误指向字段 "materials[0].code"

    场景: 同一材料列了两次的，返回 400 并指向第二次出现的位置
      当 提交受理申请，请求体为:
        """
        {"jurisdiction": "640100", "asOf": "2025-12-15", "matterCode": "YC-SPJY-001",
         "applicant": {"type": "LEGAL_PERSON", "id": "91640100MA76A1B2CR"},
         "materials": [{"code": "M01", "status": "PROVIDED"}, {"code": "M01", "status": "MISSING"}]}
        """
      那么 返回状态 400
      而且 错误指向字段 "materials[1].code"

    场景: 事项未公布的，不校验材料编码，作出不予受理决定
      假如 在 "640100" 于 "2025-12-15" 申请办理事项 "YC-XXX-999"
      当 提交受理申请
      那么 返回状态 200
      而且 受理结论为 "REJECT"

  规则: 行政区划代码必须是已登记的辖区

    场景: 未登记的行政区划代码，返回 400 并指向 jurisdiction
      假如 在 "640199" 于 "2025-12-15" 申请办理事项 "YC-SPJY-001"
      当 提交受理申请
      那么 返回状态 400
      而且 错误指向字段 "jurisdiction"
      而且 错误说明提到 "unknown jurisdiction code"

    场景: 已登记但没有事项清单的吴忠市，通过校验，作出不予受理决定
      假如 在 "640300" 于 "2025-12-15" 申请办理事项 "YC-SPJY-001"
      当 提交受理申请
      那么 返回状态 200
      而且 受理结论为 "REJECT"

  规则: 请求体必须是合法的 JSON

    场景: 请求体不是完整的 JSON 的，返回 400 并说明 JSON 格式错误
      当 提交受理申请，请求体为:
        """
        {"jurisdiction": "640100", "asOf": "2025-12-15",
        """
      那么 返回状态 400
      而且 错误说明提到 "malformed JSON"

    场景: 字段类型错误的，返回 400 并指向该字段
      当 提交受理申请，请求体为:
        """
        {"jurisdiction": "640100", "asOf": "2025-12-15", "matterCode": "YC-SPJY-001",
         "applicant": {"type": "LEGAL_PERSON", "id": "91640100MA76A1B2CR"},
         "materials": "M01"}
        """
      那么 返回状态 400
      而且 错误指向字段 "materials"

    场景: 合法的 JSON 请求体通过校验
      当 提交受理申请，请求体为:
        """
        {"jurisdiction": "640100", "asOf": "2025-12-15", "matterCode": "YC-SPJY-001",
         "applicant": {"type": "LEGAL_PERSON", "id": "91640100MA76A1B2CR"},
         "channel": "ONLINE",
         "materials": [{"code": "M01", "status": "PROVIDED"}, {"code": "M04", "status": "PROVIDED"},
                       {"code": "M05", "status": "PROVIDED"}, {"code": "M06", "status": "PROVIDED"}]}
        """
      那么 受理结论为 "ACCEPT"
      而且 办结日期为 "2025-12-22"

  规则: 期限计算超出节假日安排所覆盖年份的，不作决定，说明缺少的年份

    场景: 2026-12-31 受理、承诺五个工作日的，期限进入 2027 年，返回 422
      假如 在 "640100" 于 "2026-12-31" 申请办理事项 "YC-SPJY-001"
      当 提交受理申请
      那么 返回状态 422
      而且 错误指向字段 "asOf"
      而且 错误说明提到 "2027"

    场景: 2026-12-31 一次告知补正、补正期限五个工作日的，期限进入 2027 年，返回 422
      假如 在 "640100" 于 "2026-12-31" 申请办理事项 "YC-SPJY-001"
      而且 缺少材料 "M04"
      当 提交受理申请
      那么 返回状态 422
      而且 错误说明提到 "2027"

    场景: 2026-12-24 受理、承诺五个工作日的，期限仍在 2026 年内
      假如 在 "640100" 于 "2026-12-24" 申请办理事项 "YC-SPJY-001"
      当 提交受理申请
      那么 受理结论为 "ACCEPT"
      而且 办结日期为 "2026-12-31"
