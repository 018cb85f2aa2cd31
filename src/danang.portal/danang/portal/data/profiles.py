"""Sector profiles the sample generator builds plausible procedures from.

Each profile says which city agency handles the sector, who applies, which laws apply, and name
templates per implementing level. A template such as ``"{Cấp|Cấp lại} giấy phép {A|B}"`` expands to
every combination (4 names here); names from one template form a family of related procedures.

The laws named here are real; the procedures built from them are sample data (``sample: true``).
"""

from dataclasses import dataclass
from dataclasses import field

ONE_STOP_DECREE = (
    "Nghị định số 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ "
    "tục hành chính"
)


@dataclass(frozen=True)
class Profile:
    agency: str
    legal: tuple
    city: tuple = ()
    district: tuple = ()
    ward: tuple = ()
    audiences: tuple = ("citizen", "organisation", "business")
    papers: tuple = ()
    times: tuple = (5, 7, 10, 15, 20)
    fees: tuple = ()  # (name, (amounts...)) pairs
    fee_share: float = 0.5
    conditions: tuple = ()
    coordinating: tuple = ()
    extra: dict = field(default_factory=dict)


PROFILES = {
    "hoat-dong-xay-dung": Profile(
        agency="SXD",
        legal=(
            "Luật Xây dựng số 50/2014/QH13",
            "Nghị định số 59/2015/NĐ-CP về quản lý dự án đầu tư xây dựng",
            "Nghị định số 100/2018/NĐ-CP sửa đổi, bổ sung, bãi bỏ một số quy định về điều kiện đầu tư kinh "
            "doanh thuộc lĩnh vực quản lý nhà nước của Bộ Xây dựng",
        ),
        city=(
            "{Cấp|Điều chỉnh|Gia hạn|Cấp lại} giấy phép xây dựng đối với công trình cấp {I|II|đặc biệt} "
            "{không theo tuyến|theo tuyến trong đô thị|tín ngưỡng, tôn giáo|quảng cáo}",
            "Cấp giấy phép di dời công trình {cấp I|cấp II|di tích lịch sử - văn hóa}",
            "{Cấp|Cấp lại|Điều chỉnh, bổ sung nội dung|Gia hạn} chứng chỉ hành nghề "
            "{khảo sát xây dựng|thiết kế quy hoạch xây dựng|thiết kế xây dựng công trình|giám sát thi công "
            "xây "
            "dựng|định giá xây dựng|kiểm định xây dựng}",
            "{Cấp|Cấp lại|Điều chỉnh, bổ sung} chứng chỉ năng lực hoạt động xây dựng hạng {II|III} đối với "
            "tổ "
            "chức {khảo sát xây dựng|lập quy hoạch xây dựng|thiết kế, thẩm tra thiết kế xây dựng|thi công "
            "xây "
            "dựng công trình|tư vấn quản lý dự án}",
            "Thẩm định {dự án đầu tư xây dựng|thiết kế xây dựng triển khai sau thiết kế cơ sở|báo cáo kinh "
            "tế - "
            "kỹ thuật đầu tư xây dựng|điều chỉnh thiết kế xây dựng} công trình {dân dụng|công nghiệp nhẹ|hạ "
            "tầng "
            "kỹ thuật}",
            "Kiểm tra công tác nghiệm thu hoàn thành công trình {dân dụng|công nghiệp|hạ tầng kỹ thuật} cấp "
            "{I|II}",
        ),
        district=(
            "{Cấp|Điều chỉnh|Gia hạn|Cấp lại} giấy phép xây dựng {sửa chữa, cải tạo|có thời hạn} đối với "
            "{nhà ở riêng lẻ|công trình cấp III, cấp IV}",
            "{Cấp|Gia hạn|Cấp lại} giấy phép di dời {nhà ở riêng lẻ|công trình cấp III, cấp IV}",
            "Thẩm định {báo cáo kinh tế - kỹ thuật|thiết kế bản vẽ thi công} công trình {dân dụng|hạ tầng kỹ "
            "thuật} sử dụng vốn ngân sách quận, huyện",
        ),
        audiences=("citizen", "organisation", "business"),
        papers=(
            "Bản sao giấy tờ chứng minh quyền sử dụng đất",
            "Bản vẽ thiết kế xây dựng",
            "Bản sao giấy phép xây dựng đã được cấp",
            "Bản sao chứng chỉ hành nghề của chủ nhiệm, chủ trì thiết kế",
            "Văn bản thẩm duyệt thiết kế về phòng cháy, chữa cháy",
        ),
        times=(7, 10, 15, 20, 30),
        fees=(
            ("Lệ phí cấp giấy phép xây dựng", (50000, 75000, 100000)),
            ("Phí thẩm định dự án đầu tư xây dựng", (500000, 1000000, 2500000)),
            ("Lệ phí cấp chứng chỉ hành nghề", (300000, 500000)),
        ),
        fee_share=0.8,
        conditions=(
            "Công trình phù hợp với quy hoạch xây dựng được phê duyệt và mục đích sử dụng đất.",
            "Cá nhân có trình độ chuyên môn, kinh nghiệm nghề nghiệp và đạt yêu cầu sát hạch theo quy định.",
        ),
    ),
    "quy-hoach-xay-dung": Profile(
        agency="SXD",
        legal=(
            "Luật Quy hoạch đô thị số 30/2009/QH12",
            "Luật Xây dựng số 50/2014/QH13",
            "Nghị định số 44/2015/NĐ-CP quy định chi tiết một số nội dung về quy hoạch xây dựng",
        ),
        city=(
            "{Thẩm định|Điều chỉnh} {nhiệm vụ|đồ án} quy hoạch {chi tiết|phân khu} xây dựng {khu chức năng "
            "đặc thù|khu đô thị|khu công nghiệp|khu du lịch}",
            "{Cấp|Điều chỉnh|Gia hạn} giấy phép quy hoạch dự án đầu tư xây dựng {khu đô thị|khu chức năng "
            "đặc thù}",
            "Cung cấp thông tin về quy hoạch {xây dựng|kiến trúc|hạ tầng kỹ thuật}",
            "Cấp chứng chỉ quy hoạch xây dựng cho {tổ chức|cá nhân}",
        ),
        district=(
            "{Thẩm định|Điều chỉnh} {nhiệm vụ|đồ án} quy hoạch chi tiết xây dựng {khu dân cư|điểm dân cư "
            "nông thôn|cụm công nghiệp} thuộc thẩm quyền UBND quận, huyện",
            "Cung cấp thông tin quy hoạch xây dựng {lô đất|tuyến đường} thuộc thẩm quyền UBND quận, huyện",
        ),
        papers=(
            "Tờ trình đề nghị thẩm định, phê duyệt",
            "Thuyết minh và bản vẽ quy hoạch",
            "Văn bản ý kiến của cộng đồng dân cư có liên quan",
        ),
        times=(10, 15, 20, 25),
        fees=(("Phí thẩm định quy hoạch", (2000000, 5000000)),),
        fee_share=0.3,
    ),
    "nha-o": Profile(
        agency="SXD",
        legal=(
            "Luật Nhà ở số 65/2014/QH13",
            "Nghị định số 99/2015/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Nhà ở",
            "Nghị định số 100/2015/NĐ-CP về phát triển và quản lý nhà ở xã hội",
        ),
        city=(
            "{Thuê|Thuê mua|Mua} nhà ở xã hội {do Nhà nước đầu tư xây dựng|thuộc dự án của doanh nghiệp}",
            "{Thuê|Mua|Cho thuê lại} nhà ở cũ thuộc sở hữu nhà nước",
            "{Lựa chọn|Công nhận} chủ đầu tư dự án {nhà ở thương mại|nhà ở xã hội|khu đô thị}",
            "{Cấp|Cấp lại|Cấp đổi} chứng chỉ hành nghề {môi giới bất động sản|quản lý vận hành nhà chung cư}",
            "Thông báo nhà ở hình thành trong tương lai đủ điều kiện {bán|cho thuê mua}",
            "Gia hạn sở hữu nhà ở tại Việt Nam cho {tổ chức|cá nhân} nước ngoài",
        ),
        district=(
            "Xác nhận {đối tượng|điều kiện thu nhập|thực trạng nhà ở} để hưởng chính sách nhà ở xã hội",
            "Hỗ trợ {xây mới|sửa chữa} nhà ở cho hộ nghèo, hộ có hoàn cảnh khó khăn",
        ),
        ward=(
            "Xác nhận {thực trạng nhà ở|nơi ở} của hộ gia đình để hưởng chính sách nhà ở xã hội",
        ),
        audiences=("citizen", "foreigner", "business"),
        papers=(
            "Đơn đề nghị (theo mẫu)",
            "Bản sao giấy tờ chứng minh đối tượng được hưởng chính sách",
            "Giấy tờ chứng minh điều kiện cư trú",
        ),
        times=(15, 20, 30),
        fee_share=0.1,
        fees=(("Phí thẩm định hồ sơ", (200000,)),),
    ),
    "kinh-doanh-bat-dong-san": Profile(
        agency="SXD",
        legal=(
            "Luật Kinh doanh bất động sản số 66/2014/QH13",
            "Nghị định số 76/2015/NĐ-CP quy định chi tiết thi hành một số điều của Luật Kinh doanh bất động "
            "sản",
        ),
        city=(
            "{Chuyển nhượng toàn bộ|Chuyển nhượng một phần} dự án bất động sản do UBND thành phố quyết định "
            "{việc đầu tư|chủ trương đầu tư}",
            "{Cấp mới|Cấp lại|Gia hạn} chứng chỉ hành nghề môi giới bất động sản {lần đầu|do hết hạn|do bị "
            "mất}",
            "Đăng ký {sàn giao dịch bất động sản|dịch vụ tư vấn bất động sản|dịch vụ quản lý bất động sản}",
        ),
        audiences=("business", "citizen"),
        papers=("Văn bản đề nghị (theo mẫu)", "Bản sao hồ sơ pháp lý của dự án", "Bản sao giấy tờ tùy thân"),
        fees=(("Lệ phí cấp chứng chỉ", (200000,)),),
        times=(15, 30, 45),
    ),
    "ho-tich": Profile(
        agency="STP",
        legal=(
            "Luật Hộ tịch số 60/2014/QH13",
            "Nghị định số 123/2015/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
            "Thông tư số 15/2015/TT-BTP quy định chi tiết thi hành Luật Hộ tịch",
        ),
        city=(
            "Cấp bản sao trích lục hộ tịch {khai sinh|kết hôn|khai tử} từ Sổ hộ tịch lưu tại Sở Tư pháp",
        ),
        district=(
            "Đăng ký {khai sinh|khai tử|giám hộ|nhận cha, mẹ, con|chấm dứt giám hộ} có yếu tố nước ngoài",
            "Đăng ký {khai sinh|khai tử|kết hôn} lại có yếu tố nước ngoài",
            "Ghi vào Sổ hộ tịch việc {kết hôn|ly hôn|khai sinh|nhận cha, mẹ, con|thay đổi hộ tịch} của công "
            "dân "
            "Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài",
            "Thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc cho {người từ đủ 14 tuổi|người nước "
            "ngoài|công dân Việt Nam định cư ở nước ngoài}",
        ),
        ward=(
            "Ghi vào Sổ hộ tịch việc {thay đổi hộ tịch|xác định cha, mẹ, con} theo bản án, quyết định của "
            "Tòa án",
            "Đăng ký khai tử cho người {chết tại nơi cư trú|mất tích đã có quyết định tuyên bố chết của Tòa "
            "án}",
            "Đăng ký {khai tử|kết hôn|nhận cha, mẹ, con|giám hộ|chấm dứt giám hộ}",
            "Đăng ký {khai sinh|kết hôn|khai tử} lại",
            "Đăng ký {khai sinh|kết hôn} lưu động",
            "Đăng ký khai sinh kết hợp {nhận cha, mẹ, con|cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi}",
            "{Cấp Giấy xác nhận tình trạng hôn nhân|Cấp bản sao trích lục hộ tịch|Thay đổi, cải chính, bổ "
            "sung "
            "thông tin hộ tịch cho người dưới 14 tuổi}",
        ),
        audiences=("citizen", "foreigner"),
        papers=(
            "Tờ khai theo mẫu",
            "Giấy tờ tùy thân của người đi đăng ký (xuất trình)",
            "Giấy tờ chứng minh nơi cư trú",
            "Văn bản ủy quyền được chứng thực (nếu ủy quyền)",
        ),
        times=(1, 3, 5, 10, 15),
        fees=(("Lệ phí đăng ký hộ tịch", (8000, 10000, 15000, 50000, 100000)),),
        fee_share=0.6,
    ),
    "nuoi-con-nuoi": Profile(
        agency="STP",
        legal=(
            "Luật Nuôi con nuôi số 52/2010/QH12",
            "Nghị định số 19/2011/NĐ-CP quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi",
            "Nghị định số 24/2019/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 19/2011/NĐ-CP",
        ),
        city=(
            "Giải quyết việc người nước ngoài {thường trú ở Việt Nam|thường trú ở nước ngoài} nhận trẻ em "
            "Việt "
            "Nam làm con nuôi",
            "{Cấp|Gia hạn|Sửa đổi} giấy phép hoạt động của văn phòng con nuôi nước ngoài tại Việt Nam",
        ),
        ward=(
            "Đăng ký lại việc nuôi con nuôi trong nước",
            "Đăng ký việc nuôi con nuôi {thực tế|của cha dượng, mẹ kế|của cô, cậu, dì, chú, bác ruột}",
        ),
        audiences=("citizen", "foreigner"),
        papers=("Đơn xin nhận con nuôi (theo mẫu)", "Phiếu lý lịch tư pháp", "Giấy khám sức khỏe"),
        times=(30, 60, 90),
        fees=(("Lệ phí đăng ký nuôi con nuôi", (400000, 9000000)),),
        fee_share=0.7,
        extra={"unit": "days"},
    ),
    "chung-thuc": Profile(
        agency="STP",
        legal=(
            "Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng "
            "thực "
            "chữ ký và chứng thực hợp đồng, giao dịch",
            "Thông tư số 01/2020/TT-BTP quy định chi tiết và hướng dẫn thi hành Nghị định số 23/2015/NĐ-CP",
        ),
        district=(
            "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của nước ngoài "
            "{cấp|công "
            "chứng hoặc chứng nhận}",
            "Chứng thực chữ ký {người dịch là cộng tác viên dịch thuật|người dịch không phải là cộng tác "
            "viên "
            "dịch thuật|trong giấy tờ, văn bản song ngữ}",
            "{Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực|Sửa lỗi sai sót "
            "trong hợp đồng, giao dịch đã được chứng thực}",
        ),
        ward=(
            "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam "
            "{cấp|chứng nhận}",
            "Chứng thực {hợp đồng|văn bản} {chuyển nhượng|tặng cho|thế chấp|góp vốn bằng} quyền sử dụng đất, "
            "nhà ở",
            "Chứng thực {văn bản thỏa thuận phân chia di sản|văn bản khai nhận di sản|văn bản từ chối nhận "
            "di "
            "sản|di chúc} là động sản, quyền sử dụng đất, nhà ở",
            "Chứng thực {chữ ký trong giấy tờ, văn bản|việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch}",
        ),
        audiences=("citizen", "foreigner", "organisation"),
        papers=(
            "Bản chính giấy tờ, văn bản cần chứng thực",
            "Giấy tờ tùy thân còn giá trị sử dụng (xuất trình)",
            "Dự thảo hợp đồng, giao dịch",
        ),
        times=(1, 2, 3),
        fees=(("Phí chứng thực", (2000, 10000, 30000, 50000)),),
        fee_share=0.95,
    ),
    "ly-lich-tu-phap": Profile(
        agency="STP",
        legal=(
            "Luật Lý lịch tư pháp số 28/2009/QH12",
            "Nghị định số 111/2010/NĐ-CP quy định chi tiết một số điều của Luật Lý lịch tư pháp",
        ),
        city=(
            "Cấp Phiếu lý lịch tư pháp {số 1|số 2} cho {công dân Việt Nam|người nước ngoài cư trú tại Việt "
            "Nam|cơ quan tiến hành tố tụng|cơ quan, tổ chức chính trị - xã hội}",
        ),
        audiences=("citizen", "foreigner", "organisation"),
        papers=(
            "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (theo mẫu)",
            "Bản chụp giấy tờ tùy thân",
            "Bản chụp sổ hộ khẩu hoặc giấy tờ chứng minh nơi thường trú, tạm trú",
        ),
        times=(10, 15),
        fees=(("Phí cung cấp thông tin lý lịch tư pháp", (100000, 200000)),),
        fee_share=0.9,
    ),
    "bo-tro-tu-phap": Profile(
        agency="STP",
        legal=(
            "Luật Luật sư số 65/2006/QH11",
            "Luật Công chứng số 53/2014/QH13",
            "Luật Giám định tư pháp số 13/2012/QH13",
            "Luật Đấu giá tài sản số 01/2016/QH14",
            "Luật Trợ giúp pháp lý số 11/2017/QH14",
        ),
        city=(
            "{Đăng ký hoạt động|Thay đổi nội dung đăng ký hoạt động|Chấm dứt hoạt động} của {văn phòng công "
            "chứng|tổ chức hành nghề luật sư|văn phòng giám định tư pháp|doanh nghiệp đấu giá tài sản|trung "
            "tâm "
            "trọng tài}",
            "{Bổ nhiệm|Miễn nhiệm} {giám định viên tư pháp|công chứng viên|trợ giúp viên pháp lý}",
            "{Cấp|Cấp lại} thẻ {công chứng viên|đấu giá viên|tư vấn viên pháp luật}",
            "{Thành lập|Hợp nhất|Sáp nhập|Chuyển đổi} văn phòng công chứng",
            "Yêu cầu trợ giúp pháp lý cho {người có công với cách mạng|người thuộc hộ nghèo|trẻ em|người "
            "dân tộc "
            "thiểu số cư trú ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn}",
        ),
        audiences=("citizen", "organisation"),
        papers=(
            "Đơn đề nghị (theo mẫu)",
            "Bản sao quyết định, chứng chỉ hành nghề",
            "Giấy tờ chứng minh trụ sở",
        ),
        times=(5, 7, 10, 20),
        fees=(("Phí thẩm định điều kiện hành nghề", (500000, 1000000)), ("Lệ phí cấp thẻ", (100000,))),
        fee_share=0.6,
    ),
    "cu-tru": Profile(
        agency="CATP",
        legal=(
            "Luật Cư trú số 81/2006/QH11",
            "Luật sửa đổi, bổ sung một số điều của Luật Cư trú số 36/2013/QH13",
            "Nghị định số 31/2014/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú",
        ),
        city=(
            "{Đăng ký thường trú|Tách sổ hộ khẩu|Điều chỉnh những thay đổi trong sổ hộ khẩu|Cấp đổi sổ hộ "
            "khẩu|Cấp lại sổ hộ khẩu|Xóa đăng ký thường trú} tại Công an thành phố",
            "Cấp giấy chuyển hộ khẩu {trong thành phố|ra ngoài thành phố}",
        ),
        audiences=("citizen",),
        papers=(
            "Phiếu báo thay đổi hộ khẩu, nhân khẩu",
            "Bản khai nhân khẩu",
            "Giấy tờ chứng minh chỗ ở hợp pháp",
        ),
        times=(3, 5, 7, 15),
        fees=(("Lệ phí đăng ký cư trú", (10000, 15000, 20000)),),
        fee_share=0.7,
    ),
    "xuat-nhap-canh": Profile(
        agency="CATP",
        legal=(
            "Luật Xuất cảnh, nhập cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam số 47/2014/QH13",
            "Nghị định số 136/2007/NĐ-CP về xuất cảnh, nhập cảnh của công dân Việt Nam",
        ),
        city=(
            "{Cấp|Cấp lại|Gia hạn} {hộ chiếu phổ thông|giấy thông hành} cho công dân Việt Nam {ở trong "
            "nước|dưới 14 tuổi}",
            "{Cấp|Gia hạn|Bổ sung, sửa đổi} {thị thực|thẻ tạm trú|thẻ thường trú} cho người nước ngoài",
            "Khai báo tạm trú cho người nước ngoài {tại cơ sở lưu trú|qua trang thông tin điện tử}",
        ),
        audiences=("citizen", "foreigner", "business"),
        papers=("Tờ khai (theo mẫu)", "Ảnh chân dung cỡ 4x6 cm", "Bản sao hộ chiếu còn giá trị"),
        times=(5, 8),
        fees=(("Lệ phí xuất nhập cảnh", (200000, 400000, 1650000)),),
        fee_share=0.9,
    ),
    "phong-chay-chua-chay": Profile(
        agency="CATP",
        legal=(
            "Luật Phòng cháy và chữa cháy số 27/2001/QH10",
            "Nghị định số 79/2014/NĐ-CP quy định chi tiết thi hành một số điều của Luật Phòng cháy và chữa "
            "cháy",
        ),
        city=(
            "{Thẩm duyệt thiết kế|Nghiệm thu} về phòng cháy và chữa cháy đối với {công trình công nghiệp|nhà "
            "cao tầng|cơ sở kinh doanh xăng dầu|phương tiện giao thông cơ giới có yêu cầu đặc biệt}",
            "{Cấp|Cấp lại} {giấy phép vận chuyển hàng nguy hiểm về cháy, nổ|chứng nhận huấn luyện nghiệp vụ "
            "phòng cháy và chữa cháy|giấy xác nhận đủ điều kiện kinh doanh dịch vụ phòng cháy và chữa cháy}",
        ),
        audiences=("organisation", "business"),
        papers=(
            "Văn bản đề nghị",
            "Hồ sơ thiết kế hệ thống phòng cháy, chữa cháy",
            "Bản sao giấy phép xây dựng",
        ),
        times=(5, 10, 15),
        fees=(("Phí thẩm định phê duyệt thiết kế về phòng cháy, chữa cháy", (500000, 1500000)),),
        fee_share=0.5,
    ),
    "dat-dai": Profile(
        agency="STNMT",
        legal=(
            "Luật Đất đai số 45/2013/QH13",
            "Nghị định số 43/2014/NĐ-CP quy định chi tiết thi hành một số điều của Luật Đất đai",
            "Nghị định số 01/2017/NĐ-CP sửa đổi, bổ sung các nghị định quy định chi tiết thi hành Luật Đất "
            "đai",
        ),
        city=(
            "{Giao đất|Cho thuê đất|Chuyển mục đích sử dụng đất|Gia hạn sử dụng đất|Điều chỉnh quyết định "
            "thu hồi đất} đối với {tổ chức trong nước|tổ chức, cá nhân nước ngoài|doanh nghiệp có vốn đầu tư "
            "nước ngoài|cơ sở tôn giáo}",
            "{Đăng ký biến động|Cấp đổi|Cấp lại|Đính chính} giấy chứng nhận quyền sử dụng đất, quyền sở hữu "
            "nhà ở và tài sản khác gắn liền với đất cho {tổ chức|doanh nghiệp}",
            "Cung cấp dữ liệu {đất đai|bản đồ địa chính|hồ sơ địa chính}",
        ),
        district=(
            "{Giao đất|Cho thuê đất|Chuyển mục đích sử dụng đất|Thu hồi đất} đối với {hộ gia đình, cá "
            "nhân|cộng đồng dân cư}",
            "{Cấp|Cấp đổi|Cấp lại} giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn "
            "liền với đất cho hộ gia đình, cá nhân {lần đầu|do bị mất|do bị hư hỏng}",
            "Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch UBND quận, huyện",
        ),
        ward=(
            "Xác nhận {hợp đồng cho thuê quyền sử dụng đất|đơn đề nghị cấp đổi giấy chứng nhận} của hộ gia "
            "đình",
            "Hòa giải tranh chấp đất đai",
            "Xác nhận {nguồn gốc, thời điểm sử dụng đất|hiện trạng sử dụng đất} để cấp giấy chứng nhận",
            "Đăng ký đất đai lần đầu đối với {hộ gia đình|cá nhân} sử dụng đất ổn định",
        ),
        audiences=("citizen", "organisation", "business", "foreigner"),
        papers=(
            "Đơn đề nghị (theo mẫu)",
            "Bản gốc giấy chứng nhận đã cấp",
            "Bản sao giấy tờ về quyền sử dụng đất",
            "Trích lục bản đồ địa chính thửa đất",
        ),
        times=(10, 15, 20, 30),
        fees=(
            ("Lệ phí cấp giấy chứng nhận", (25000, 100000, 500000)),
            ("Phí thẩm định hồ sơ cấp giấy chứng nhận", (300000, 1000000)),
        ),
        fee_share=0.8,
    ),
    "moi-truong": Profile(
        agency="STNMT",
        legal=(
            "Luật Bảo vệ môi trường số 55/2014/QH13",
            "Nghị định số 18/2015/NĐ-CP quy định về quy hoạch bảo vệ môi trường, đánh giá môi trường chiến "
            "lược, đánh giá tác động môi trường",
            "Nghị định số 40/2019/NĐ-CP sửa đổi, bổ sung các nghị định hướng dẫn Luật Bảo vệ môi trường",
        ),
        city=(
            "{Cấp|Gia hạn} giấy phép {nhập khẩu phế liệu làm nguyên liệu sản xuất|vận chuyển chất thải rắn "
            "công nghiệp thông thường}",
            "{Thẩm định, phê duyệt|Điều chỉnh} báo cáo đánh giá tác động môi trường của dự án {sản xuất công "
            "nghiệp|xây dựng hạ tầng|khai thác khoáng sản|du lịch}",
            "{Cấp|Cấp lại|Điều chỉnh} {sổ đăng ký chủ nguồn thải chất thải nguy hại|giấy phép xử lý chất "
            "thải "
            "nguy hại|giấy xác nhận hoàn thành công trình bảo vệ môi trường}",
            "Kiểm tra, xác nhận {phương án cải tạo, phục hồi môi trường|hoàn thành công trình xử lý nước "
            "thải}",
        ),
        district=(
            "Xác nhận đăng ký kế hoạch bảo vệ môi trường {của cơ sở sản xuất|của dự án đầu tư|cho hộ kinh "
            "doanh}",
            "{Thẩm định|Điều chỉnh} đề án bảo vệ môi trường đơn giản",
        ),
        ward=(
            "Tham vấn ý kiến về {báo cáo đánh giá tác động môi trường|kế hoạch bảo vệ môi trường} của dự án "
            "trên địa bàn phường, xã",
            "Xác nhận đăng ký kế hoạch bảo vệ môi trường {hộ gia đình sản xuất|làng nghề} được UBND quận, "
            "huyện "
            "ủy quyền",
        ),
        audiences=("organisation", "business", "citizen"),
        papers=(
            "Văn bản đề nghị (theo mẫu)",
            "Báo cáo đánh giá tác động môi trường",
            "Bản sao báo cáo nghiên cứu khả thi của dự án",
        ),
        times=(10, 15, 20, 30, 45),
        fees=(("Phí thẩm định báo cáo đánh giá tác động môi trường", (5000000, 8000000, 12000000)),),
        fee_share=0.5,
    ),
    "tai-nguyen-nuoc": Profile(
        agency="STNMT",
        legal=(
            "Luật Tài nguyên nước số 17/2012/QH13",
            "Nghị định số 201/2013/NĐ-CP quy định chi tiết thi hành một số điều của Luật Tài nguyên nước",
        ),
        city=(
            "{Cấp|Gia hạn|Điều chỉnh|Cấp lại} giấy phép {khai thác, sử dụng nước mặt|khai thác, sử dụng nước "
            "dưới đất|xả nước thải vào nguồn nước|thăm dò nước dưới đất|hành nghề khoan nước dưới đất}",
            "Lấy ý kiến cộng đồng về dự án {chuyển nước|xây dựng hồ chứa} có khai thác nước",
        ),
        audiences=("organisation", "business"),
        papers=(
            "Đơn đề nghị cấp phép (theo mẫu)",
            "Đề án, báo cáo khai thác nước",
            "Kết quả phân tích chất lượng nước",
        ),
        times=(20, 30),
        fees=(("Phí thẩm định đề án, báo cáo khai thác nước", (400000, 1300000, 2600000)),),
        fee_share=0.9,
    ),
    "khoang-san": Profile(
        agency="STNMT",
        legal=(
            "Luật Khoáng sản số 60/2010/QH12",
            "Nghị định số 158/2016/NĐ-CP quy định chi tiết thi hành một số điều của Luật Khoáng sản",
        ),
        city=(
            "{Cấp|Gia hạn|Trả lại|Chuyển nhượng quyền} giấy phép {thăm dò|khai thác} khoáng sản làm vật liệu "
            "xây dựng thông thường",
            "{Phê duyệt trữ lượng|Đóng cửa mỏ} khoáng sản {làm vật liệu xây dựng|cát, sỏi lòng sông}",
            "Tính tiền cấp quyền khai thác khoáng sản",
        ),
        audiences=("business", "organisation"),
        papers=(
            "Bản đồ khu vực khoáng sản",
            "Đề án thăm dò, khai thác",
            "Bản sao giấy chứng nhận đăng ký doanh nghiệp",
        ),
        times=(30, 45, 60),
        fees=(("Phí thẩm định đề án khoáng sản", (4000000, 10000000)),),
        fee_share=0.9,
    ),
    "thanh-lap-doanh-nghiep": Profile(
        agency="SKHDT",
        legal=(
            "Luật Doanh nghiệp số 68/2014/QH13",
            "Nghị định số 78/2015/NĐ-CP về đăng ký doanh nghiệp",
            "Nghị định số 108/2018/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 78/2015/NĐ-CP",
        ),
        city=(
            "Đăng ký thành lập {doanh nghiệp tư nhân|công ty trách nhiệm hữu hạn một thành viên|công ty "
            "trách "
            "nhiệm hữu hạn hai thành viên trở lên|công ty cổ phần|công ty hợp danh}",
            "Đăng ký thay đổi {tên doanh nghiệp|địa chỉ trụ sở chính|vốn điều lệ|người đại diện theo pháp "
            "luật|thành viên công ty|ngành, nghề kinh doanh} của {công ty trách nhiệm hữu hạn|công ty cổ "
            "phần|doanh nghiệp tư nhân}",
            "{Đăng ký hoạt động|Chấm dứt hoạt động|Thay đổi nội dung đăng ký hoạt động} {chi nhánh|văn phòng "
            "đại diện|địa điểm kinh doanh} của doanh nghiệp",
            "{Thông báo tạm ngừng kinh doanh|Thông báo tiếp tục kinh doanh trước thời hạn|Giải thể doanh "
            "nghiệp|Cấp lại giấy chứng nhận đăng ký doanh nghiệp} đối với {công ty trách nhiệm hữu hạn|công "
            "ty "
            "cổ phần|doanh nghiệp tư nhân}",
            "{Chuyển đổi|Chia|Tách|Hợp nhất|Sáp nhập} {công ty trách nhiệm hữu hạn|công ty cổ phần|doanh "
            "nghiệp tư nhân}",
        ),
        audiences=("business", "citizen", "foreigner"),
        papers=(
            "Giấy đề nghị đăng ký doanh nghiệp (theo mẫu)",
            "Điều lệ công ty",
            "Danh sách thành viên, cổ đông sáng lập",
            "Bản sao giấy tờ pháp lý của cá nhân, tổ chức",
        ),
        times=(3, 5),
        fees=(
            ("Lệ phí đăng ký doanh nghiệp", (50000, 100000)),
            ("Phí công bố nội dung đăng ký doanh nghiệp", (100000, 300000)),
        ),
        fee_share=0.7,
    ),
    "ho-kinh-doanh": Profile(
        agency="SKHDT",
        legal=(
            "Luật Doanh nghiệp số 68/2014/QH13",
            "Nghị định số 78/2015/NĐ-CP về đăng ký doanh nghiệp",
        ),
        district=(
            "{Đăng ký thành lập|Đăng ký thay đổi nội dung đăng ký|Tạm ngừng hoạt động|Chấm dứt hoạt "
            "động|Cấp lại giấy chứng nhận đăng ký} hộ kinh doanh",
            "{Đăng ký thành lập|Đăng ký thay đổi|Giải thể} {hợp tác xã|chi nhánh, văn phòng đại diện của hợp "
            "tác xã}",
        ),
        audiences=("citizen", "business"),
        papers=(
            "Giấy đề nghị đăng ký (theo mẫu)",
            "Bản sao giấy tờ tùy thân của chủ hộ kinh doanh",
            "Bản sao biên bản họp thành viên hộ gia đình",
        ),
        times=(3, 5),
        fees=(("Lệ phí đăng ký hộ kinh doanh", (50000, 100000)),),
        fee_share=0.8,
    ),
    "hop-tac-xa": Profile(
        agency="SKHDT",
        legal=(
            "Luật Hợp tác xã số 23/2012/QH13",
            "Nghị định số 193/2013/NĐ-CP quy định chi tiết một số điều của Luật Hợp tác xã",
        ),
        city=(
            "{Đăng ký thành lập|Đăng ký thay đổi tên, địa chỉ|Đăng ký thay đổi vốn điều lệ|Giải thể tự "
            "nguyện|Cấp lại giấy chứng nhận đăng ký} liên hiệp hợp tác xã",
            "{Chia|Tách|Hợp nhất|Sáp nhập} liên hiệp hợp tác xã",
        ),
        audiences=("organisation", "business"),
        papers=("Giấy đề nghị đăng ký (theo mẫu)", "Điều lệ liên hiệp hợp tác xã", "Danh sách thành viên"),
        times=(5,),
        fees=(("Lệ phí đăng ký liên hiệp hợp tác xã", (100000,)),),
        fee_share=0.7,
    ),
    "dau-tu": Profile(
        agency="SKHDT",
        legal=(
            "Luật Đầu tư số 67/2014/QH13",
            "Nghị định số 118/2015/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư",
        ),
        city=(
            "{Quyết định chủ trương đầu tư|Điều chỉnh quyết định chủ trương đầu tư} của UBND thành phố đối "
            "với "
            "dự án {không thuộc diện cấp giấy chứng nhận đăng ký đầu tư|có sử dụng đất|trong khu kinh tế}",
            "{Cấp|Điều chỉnh|Cấp lại|Hiệu đính thông tin trên|Thu hồi} giấy chứng nhận đăng ký đầu tư đối "
            "với "
            "dự án {thuộc diện quyết định chủ trương đầu tư|không thuộc diện quyết định chủ trương đầu "
            "tư|của "
            "nhà đầu tư nước ngoài}",
            "{Chuyển nhượng|Giãn tiến độ|Tạm ngừng|Chấm dứt hoạt động} dự án đầu tư {có vốn nước "
            "ngoài|trong nước}",
            "Góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài vào {tổ chức kinh tế|doanh "
            "nghiệp kinh doanh ngành nghề có điều kiện}",
            "{Thành lập|Chấm dứt hoạt động} văn phòng điều hành của nhà đầu tư nước ngoài trong hợp đồng hợp "
            "tác kinh doanh",
            "Thẩm định {báo cáo nghiên cứu tiền khả thi|đề xuất dự án} đầu tư theo hình thức đối tác công tư",
        ),
        audiences=("business", "foreigner", "organisation"),
        papers=(
            "Văn bản đề nghị thực hiện dự án đầu tư",
            "Đề xuất dự án đầu tư",
            "Bản sao báo cáo tài chính 02 năm gần nhất của nhà đầu tư",
            "Bản sao giấy tờ pháp lý của nhà đầu tư",
        ),
        times=(10, 15, 25, 35),
        fee_share=0.1,
        fees=(("Phí thẩm định dự án", (1000000,)),),
        coordinating=("STNMT", "SXD", "STC"),
    ),
    "khu-cong-nghe-cao": Profile(
        agency="BQLKCNC",
        legal=(
            "Luật Công nghệ cao số 21/2008/QH12",
            "Nghị định số 82/2018/NĐ-CP quy định về quản lý khu công nghiệp và khu kinh tế",
            "Luật Đầu tư số 67/2014/QH13",
        ),
        city=(
            "{Cấp|Điều chỉnh|Thu hồi} giấy chứng nhận đăng ký đầu tư cho dự án trong {Khu công nghệ cao Đà "
            "Nẵng|khu công nghiệp Hòa Khánh|khu công nghiệp Liên Chiểu|khu công nghiệp Hòa Cầm}",
            "{Cấp|Cấp lại|Gia hạn} giấy phép lao động cho người nước ngoài làm việc trong {khu công nghệ "
            "cao|khu công nghiệp}",
            "{Cấp|Điều chỉnh|Gia hạn} giấy phép xây dựng công trình trong {khu công nghệ cao|khu công "
            "nghiệp}",
            "Xác nhận {hợp đồng chuyển giao công nghệ|ưu đãi đầu tư|nội quy lao động} của doanh nghiệp trong "
            "{khu công nghệ cao|khu công nghiệp}",
            "Cấp giấy chứng nhận {doanh nghiệp công nghệ cao|xuất xứ hàng hóa} cho doanh nghiệp trong khu "
            "công "
            "nghệ cao",
        ),
        audiences=("business", "foreigner"),
        papers=("Văn bản đề nghị (theo mẫu)", "Bản sao giấy chứng nhận đăng ký doanh nghiệp", "Hồ sơ dự án"),
        times=(5, 7, 10, 15),
        fees=(("Lệ phí cấp giấy phép", (400000, 600000)),),
        fee_share=0.4,
    ),
    "duong-bo": Profile(
        agency="SGTVT",
        legal=(
            "Luật Giao thông đường bộ số 23/2008/QH12",
            "Nghị định số 10/2020/NĐ-CP quy định về kinh doanh và điều kiện kinh doanh vận tải bằng xe ô tô",
            "Thông tư số 12/2017/TT-BGTVT quy định về đào tạo, sát hạch, cấp giấy phép lái xe",
        ),
        city=(
            "{Cấp|Cấp lại} giấy chứng nhận {giáo viên dạy thực hành lái xe|cơ sở đào tạo lái xe ô tô|trung "
            "tâm sát hạch lái xe loại 3}",
            "{Đăng ký|Điều chỉnh} khai thác tuyến {xe buýt nội thành|xe buýt kế cận}",
            "{Cấp mới|Đổi|Cấp lại} giấy phép lái xe {hạng A1|hạng A2|hạng B1|hạng B2|hạng C|quốc tế}",
            "{Cấp|Cấp lại|Thu hồi} {giấy phép kinh doanh vận tải bằng xe ô tô|phù hiệu xe taxi|phù hiệu xe "
            "hợp đồng|biển hiệu xe ô tô vận chuyển khách du lịch}",
            "{Cấp|Gia hạn} giấy phép {thi công công trình trên đường bộ đang khai thác|lưu hành xe quá tải "
            "trọng, quá khổ giới hạn|xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao "
            "thông}",
            "{Đăng ký|Cấp lại chứng nhận đăng ký|Xóa sổ đăng ký} xe máy chuyên dùng",
            "{Chấp thuận|Điều chỉnh} {thiết kế nút giao đấu nối vào đường bộ|khai thác tuyến vận tải hành "
            "khách cố định}",
        ),
        district=(
            "{Cấp|Gia hạn} giấy phép thi công công trình trên đường đô thị do quận, huyện quản lý",
            "Cấp phép sử dụng tạm thời một phần lòng đường, hè phố {để trung chuyển vật liệu|cho việc cưới, "
            "tang|để xe}",
        ),
        audiences=("citizen", "business", "organisation", "foreigner"),
        papers=(
            "Đơn đề nghị (theo mẫu)",
            "Bản sao giấy phép lái xe hoặc giấy đăng ký xe",
            "Giấy khám sức khỏe của người lái xe",
            "Hồ sơ thiết kế, biện pháp tổ chức thi công",
        ),
        times=(2, 3, 5, 7, 10),
        fees=(("Lệ phí cấp giấy phép", (50000, 135000, 200000)),),
        fee_share=0.7,
    ),
    "duong-thuy-noi-dia": Profile(
        agency="SGTVT",
        legal=(
            "Luật Giao thông đường thủy nội địa số 23/2004/QH11",
            "Luật sửa đổi, bổ sung một số điều của Luật Giao thông đường thủy nội địa số 48/2014/QH13",
        ),
        city=(
            "{Đăng ký lần đầu|Đăng ký lại|Xóa đăng ký} phương tiện thủy nội địa {chở khách|chở hàng|lắp máy "
            "có tổng công suất dưới 15 sức ngựa}",
            "{Công bố mở|Công bố lại|Đóng} {cảng thủy nội địa|bến thủy nội địa|bến khách ngang sông}",
            "{Cấp|Cấp lại} chứng chỉ chuyên môn {thuyền trưởng|máy trưởng} phương tiện thủy nội địa",
        ),
        audiences=("citizen", "business"),
        papers=(
            "Tờ khai đăng ký (theo mẫu)",
            "Giấy chứng nhận an toàn kỹ thuật của phương tiện",
            "Biên lai nộp thuế",
        ),
        times=(3, 5, 7),
        fees=(("Lệ phí đăng ký phương tiện", (70000, 150000)),),
        fee_share=0.8,
    ),
    "giao-duc-dao-tao": Profile(
        agency="SGDDT",
        legal=(
            "Luật Giáo dục số 38/2005/QH11",
            "Nghị định số 46/2017/NĐ-CP quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục",
            "Nghị định số 135/2018/NĐ-CP sửa đổi, bổ sung Nghị định số 46/2017/NĐ-CP",
        ),
        city=(
            "{Cấp|Cấp lại} giấy chứng nhận {kiểm định chất lượng giáo dục|trường đạt chuẩn quốc gia} cho "
            "{trường trung học phổ thông|trung tâm giáo dục thường xuyên}",
            "Đăng ký dự thi {tốt nghiệp trung học phổ thông|chứng chỉ ứng dụng công nghệ thông tin|chứng "
            "chỉ ngoại ngữ theo khung năng lực 6 bậc}",
            "Xét {tuyển sinh vào lớp 10 trường chuyên|đặc cách tốt nghiệp trung học phổ thông|cấp học bổng "
            "cho học sinh trường chuyên}",
            "{Thành lập|Cho phép hoạt động giáo dục|Sáp nhập, chia, tách|Giải thể} {trường trung học phổ "
            "thông|trung tâm ngoại ngữ, tin học|trung tâm giáo dục thường xuyên|trường phổ thông có nhiều "
            "cấp "
            "học}",
            "{Cấp bản sao|Chỉnh sửa nội dung|Công nhận} văn bằng, chứng chỉ {tốt nghiệp trung học phổ "
            "thông|ngoại ngữ|tin học|do cơ sở giáo dục nước ngoài cấp}",
            "Chuyển trường đối với học sinh trung học phổ thông {trong thành phố|từ tỉnh khác đến|từ nước "
            "ngoài "
            "về}",
            "{Cấp|Gia hạn} giấy phép tổ chức hoạt động dạy thêm, học thêm {trong nhà trường|ngoài nhà "
            "trường}",
            "Phê duyệt việc dạy và học bằng tiếng nước ngoài tại {trường trung học phổ thông|trung tâm ngoại "
            "ngữ}",
        ),
        district=(
            "{Thành lập|Cho phép hoạt động giáo dục|Sáp nhập, chia, tách|Giải thể} {trường mầm non|trường "
            "tiểu "
            "học|trường trung học cơ sở|nhà trẻ tư thục}",
            "Chuyển trường đối với học sinh {tiểu học|trung học cơ sở}",
            "Xét, duyệt chính sách hỗ trợ {học sinh khuyết tật|trẻ em mẫu giáo|học sinh bán trú}",
        ),
        ward=(
            "{Cho phép hoạt động|Đình chỉ hoạt động|Giải thể} nhóm trẻ, lớp mẫu giáo độc lập",
            "Cho phép {trung tâm học tập cộng đồng|cơ sở giáo dục khác} thực hiện chương trình giáo dục",
        ),
        audiences=("citizen", "organisation", "business"),
        papers=(
            "Tờ trình, đơn đề nghị (theo mẫu)",
            "Đề án thành lập hoặc kế hoạch hoạt động",
            "Danh sách cán bộ quản lý, giáo viên",
            "Bản sao văn bằng, chứng chỉ",
        ),
        times=(5, 10, 15, 20),
        fee_share=0.1,
        fees=(("Phí cấp bản sao văn bằng", (10000,)),),
    ),
    "giao-duc-nghe-nghiep": Profile(
        agency="SLDTBXH",
        legal=(
            "Luật Giáo dục nghề nghiệp số 74/2014/QH13",
            "Nghị định số 143/2016/NĐ-CP quy định điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục nghề "
            "nghiệp",
        ),
        city=(
            "{Cấp|Cấp lại} {bằng tốt nghiệp trung cấp|chứng chỉ sơ cấp} cho người học tại cơ sở giáo dục "
            "nghề nghiệp thuộc thành phố",
            "{Thành lập|Cho phép thành lập|Sáp nhập, chia, tách|Giải thể} {trung tâm giáo dục nghề "
            "nghiệp|trường "
            "trung cấp|phân hiệu của trường trung cấp}",
            "{Cấp|Cấp lại|Bổ sung} giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp {trình độ sơ "
            "cấp|trình độ trung cấp|của doanh nghiệp}",
        ),
        audiences=("organisation", "business"),
        papers=("Văn bản đề nghị (theo mẫu)", "Đề án thành lập", "Danh sách nhà giáo, chương trình đào tạo"),
        times=(10, 15, 20),
        fee_share=0.0,
    ),
    "kham-chua-benh": Profile(
        agency="SYT",
        legal=(
            "Luật Khám bệnh, chữa bệnh số 40/2009/QH12",
            "Nghị định số 109/2016/NĐ-CP quy định cấp chứng chỉ hành nghề đối với người hành nghề và cấp "
            "giấy "
            "phép hoạt động đối với cơ sở khám bệnh, chữa bệnh",
            "Nghị định số 155/2018/NĐ-CP sửa đổi, bổ sung một số quy định liên quan đến điều kiện đầu tư "
            "kinh "
            "doanh thuộc phạm vi quản lý nhà nước của Bộ Y tế",
        ),
        city=(
            "{Cấp|Cấp lại} giấy chứng nhận {lương y|bài thuốc gia truyền|phương pháp chữa bệnh gia truyền}",
            "Công bố cơ sở {đủ điều kiện thực hiện tiêm chủng|đủ điều kiện sơ cứu, cấp cứu|xét nghiệm đạt "
            "tiêu chuẩn an toàn sinh học cấp I|xét nghiệm đạt tiêu chuẩn an toàn sinh học cấp II}",
            "{Cấp|Điều chỉnh} giấy phép hoạt động đối với {bệnh viện tư nhân|bệnh viện y học cổ "
            "truyền|phòng khám răng hàm mặt|cơ sở chẩn đoán hình ảnh}",
            "{Cấp|Cấp lại|Điều chỉnh|Bổ sung phạm vi hoạt động chuyên môn trong} chứng chỉ hành nghề khám "
            "bệnh, "
            "chữa bệnh đối với {bác sĩ|y sĩ|điều dưỡng|hộ sinh|kỹ thuật viên|lương y}",
            "{Cấp|Cấp lại|Điều chỉnh} giấy phép hoạt động đối với {phòng khám đa khoa|phòng khám chuyên "
            "khoa|phòng chẩn trị y học cổ truyền|nhà hộ sinh|phòng xét nghiệm|cơ sở dịch vụ thẩm mỹ|cơ sở "
            "dịch "
            "vụ cấp cứu, hỗ trợ vận chuyển người bệnh}",
            "Công bố {đủ điều kiện thực hiện khám sức khỏe|cơ sở đủ điều kiện quan trắc môi trường lao "
            "động|đủ điều kiện sản xuất trang thiết bị y tế|đủ điều kiện mua bán trang thiết bị y tế}",
            "Cấp giấy phép hoạt động đối với {trạm y tế cấp xã|cơ sở khám bệnh, chữa bệnh nhân đạo|cơ sở "
            "khám "
            "bệnh, chữa bệnh khi thay đổi địa điểm}",
        ),
        audiences=("citizen", "organisation", "business", "foreigner"),
        papers=(
            "Đơn đề nghị (theo mẫu)",
            "Bản sao văn bằng chuyên môn",
            "Giấy xác nhận quá trình thực hành",
            "Giấy chứng nhận sức khỏe",
            "Danh sách nhân sự và thiết bị y tế",
        ),
        times=(10, 20, 30, 45),
        fees=(("Phí thẩm định cấp chứng chỉ, giấy phép hoạt động", (360000, 3100000, 5700000)),),
        fee_share=0.85,
    ),
    "duoc-pham": Profile(
        agency="SYT",
        legal=(
            "Luật Dược số 105/2016/QH13",
            "Nghị định số 54/2017/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Dược",
        ),
        city=(
            "Công bố {mỹ phẩm sản xuất trong nước|trang thiết bị y tế loại A|tiêu chuẩn áp dụng đối với "
            "trang thiết bị y tế}",
            "{Cấp|Cấp lại|Điều chỉnh} giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
            "{Cấp|Cấp lại|Điều chỉnh nội dung} chứng chỉ hành nghề dược {theo hình thức xét duyệt|cho người "
            "nước ngoài|bị ghi sai do lỗi của cơ quan cấp}",
            "{Cấp|Cấp lại|Điều chỉnh} giấy chứng nhận đủ điều kiện kinh doanh dược cho {nhà thuốc|quầy "
            "thuốc|tủ thuốc trạm y tế xã|cơ sở bán buôn thuốc|cơ sở kinh doanh dược liệu}",
            "Đánh giá đáp ứng {Thực hành tốt cơ sở bán lẻ thuốc|Thực hành tốt phân phối thuốc} đối với cơ sở "
            "{không vì mục đích thương mại|kinh doanh thuốc}",
            "Cho phép {hủy thuốc gây nghiện|mua thuốc gây nghiện|xác nhận nội dung quảng cáo mỹ phẩm|xác "
            "nhận "
            "nội dung thông tin thuốc}",
        ),
        audiences=("citizen", "business"),
        papers=(
            "Đơn đề nghị (theo mẫu)",
            "Bản sao chứng chỉ hành nghề dược",
            "Tài liệu kỹ thuật về địa điểm, trang thiết bị",
        ),
        times=(10, 20, 30),
        fees=(("Phí thẩm định điều kiện kinh doanh dược", (500000, 1000000, 4000000)),),
        fee_share=0.9,
    ),
    "an-toan-thuc-pham": Profile(
        agency="SYT",
        legal=(
            "Luật An toàn thực phẩm số 55/2010/QH12",
            "Nghị định số 15/2018/NĐ-CP quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm",
        ),
        city=(
            "{Cấp|Cấp lại} giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với {cơ sở sản xuất thực "
            "phẩm bảo vệ sức khỏe|bếp ăn tập thể|cơ sở kinh doanh dịch vụ ăn uống|cơ sở sản xuất nước uống "
            "đóng "
            "chai|cơ sở kinh doanh thực phẩm nông sản|cơ sở sản xuất thực phẩm công nghiệp}",
            "Đăng ký bản công bố sản phẩm {dinh dưỡng y học|thực phẩm dùng cho chế độ ăn đặc biệt|sản phẩm "
            "dinh "
            "dưỡng dùng cho trẻ đến 36 tháng tuổi}",
            "Xác nhận nội dung quảng cáo {thực phẩm|thực phẩm bảo vệ sức khỏe|phụ gia thực phẩm}",
        ),
        district=(
            "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với {cơ sở kinh doanh dịch vụ ăn "
            "uống quy mô nhỏ|cơ sở sản xuất thực phẩm nhỏ lẻ|chợ đầu mối}",
        ),
        audiences=("business", "citizen"),
        papers=(
            "Đơn đề nghị (theo mẫu)",
            "Bản thuyết minh về cơ sở vật chất, trang thiết bị",
            "Giấy xác nhận đã được tập huấn kiến thức về an toàn thực phẩm",
            "Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp sản xuất",
        ),
        times=(7, 15, 20),
        fees=(("Phí thẩm định cơ sở đủ điều kiện an toàn thực phẩm", (500000, 700000, 1000000)),),
        fee_share=0.85,
    ),
    "viec-lam": Profile(
        agency="SLDTBXH",
        legal=(
            "Bộ luật Lao động số 10/2012/QH13",
            "Luật Việc làm số 38/2013/QH13",
            "Nghị định số 11/2016/NĐ-CP quy định chi tiết thi hành một số điều của Bộ luật Lao động về lao "
            "động nước ngoài làm việc tại Việt Nam",
        ),
        ward=(
            "Xác nhận {hộ gia đình làm nông nghiệp có mức sống trung bình|người lao động bị mất việc làm} "
            "để vay vốn giải quyết việc làm",
        ),
        city=(
            "{Cấp|Cấp lại} giấy chứng nhận {huấn luyện an toàn, vệ sinh lao động hạng A|huấn luyện an toàn, "
            "vệ sinh lao động hạng B|đủ điều kiện kiểm định kỹ thuật an toàn lao động}",
            "{Cấp|Cấp lại|Gia hạn} giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
            "Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động",
            "{Giải quyết hưởng|Tạm dừng hưởng|Tiếp tục hưởng|Chuyển nơi hưởng} trợ cấp thất nghiệp",
            "{Cấp|Cấp lại|Gia hạn|Thu hồi} giấy phép {hoạt động dịch vụ việc làm của doanh nghiệp|hoạt động "
            "cho thuê lại lao động}",
            "{Đăng ký|Sửa đổi} {nội quy lao động|thỏa ước lao động tập thể|hợp đồng cung ứng lao động đi làm "
            "việc ở nước ngoài}",
            "Báo cáo {giải trình nhu cầu sử dụng người lao động nước ngoài|tình hình sử dụng lao động|khai "
            "báo "
            "tai nạn lao động}",
        ),
        audiences=("business", "foreigner", "citizen", "organisation"),
        papers=(
            "Văn bản đề nghị (theo mẫu)",
            "Bản sao hộ chiếu hoặc giấy tờ tùy thân",
            "Giấy chứng nhận sức khỏe",
            "Văn bản chấp thuận nhu cầu sử dụng lao động",
        ),
        times=(3, 5, 7, 20),
        fees=(("Lệ phí cấp giấy phép", (400000, 600000)),),
        fee_share=0.4,
    ),
    "nguoi-co-cong": Profile(
        agency="SLDTBXH",
        legal=(
            "Pháp lệnh ưu đãi người có công với cách mạng số 04/2012/UBTVQH13",
            "Nghị định số 31/2013/NĐ-CP quy định chi tiết, hướng dẫn thi hành một số điều của Pháp lệnh ưu "
            "đãi "
            "người có công với cách mạng",
        ),
        city=(
            "{Giải quyết chế độ|Di chuyển hồ sơ|Cấp lại giấy chứng nhận} đối với {thương binh|bệnh "
            "binh|người "
            "hoạt động kháng chiến bị nhiễm chất độc hóa học|người có công giúp đỡ cách mạng|thân nhân liệt "
            "sĩ|Bà mẹ Việt Nam anh hùng}",
            "{Giám định lại thương tật|Cấp giấy giới thiệu thăm viếng mộ liệt sĩ|Di chuyển hài cốt liệt "
            "sĩ|Công nhận liệt sĩ}",
        ),
        district=(
            "{Giải quyết trợ cấp mai táng|Hỗ trợ cải thiện nhà ở|Cấp dụng cụ chỉnh hình} cho người có công "
            "với "
            "cách mạng",
            "Giải quyết chế độ ưu đãi đối với {con đẻ của người hoạt động kháng chiến bị nhiễm chất độc hóa "
            "học|người có công giúp đỡ cách mạng}",
        ),
        ward=(
            "Xác nhận {người có công với cách mạng|thân nhân liệt sĩ} để hưởng chế độ ưu đãi",
            "Hỗ trợ {mai táng phí|ưu đãi giáo dục} đối với người có công và con của người có công",
        ),
        audiences=("citizen",),
        papers=("Đơn đề nghị (theo mẫu)", "Bản sao giấy tờ chứng minh người có công", "Giấy tờ tùy thân"),
        times=(5, 10, 20, 30),
        fee_share=0.0,
    ),
    "bao-tro-xa-hoi": Profile(
        agency="SLDTBXH",
        legal=(
            "Nghị định số 136/2013/NĐ-CP quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã "
            "hội",
            "Nghị định số 103/2017/NĐ-CP quy định về thành lập, tổ chức, hoạt động, giải thể và quản lý các "
            "cơ "
            "sở trợ giúp xã hội",
        ),
        city=(
            "{Cấp|Cấp lại|Điều chỉnh} giấy chứng nhận đăng ký hoạt động {cơ sở chăm sóc người khuyết tật|cơ "
            "sở chăm sóc người cao tuổi|cơ sở nuôi dưỡng trẻ em có hoàn cảnh đặc biệt}",
            "{Thành lập|Đăng ký thành lập|Cấp giấy phép hoạt động|Giải thể} cơ sở trợ giúp xã hội {công "
            "lập|ngoài công lập} thuộc thành phố",
            "Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào {cơ sở bảo trợ xã "
            "hội|làng "
            "trẻ SOS|trung tâm công tác xã hội}",
        ),
        district=(
            "{Thực hiện|Điều chỉnh|Thôi hưởng} trợ cấp xã hội hằng tháng đối với {người cao tuổi|người "
            "khuyết "
            "tật|trẻ em mồ côi|người đơn thân nghèo đang nuôi con}",
            "Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội cấp huyện",
        ),
        ward=(
            "Đăng ký {hoạt động|thay đổi nội dung} cơ sở trợ giúp xã hội dưới 10 đối tượng có hoàn cảnh khó "
            "khăn",
            "Trợ cấp {hằng tháng cho người cao tuổi từ đủ 80 tuổi|khẩn cấp cho hộ có người chết, mất tích "
            "do thiên tai}",
            "{Hỗ trợ chi phí mai táng|Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở|Xác định mức độ khuyết "
            "tật|Cấp "
            "đổi giấy xác nhận khuyết tật} cho đối tượng bảo trợ xã hội",
            "Đăng ký {nhận chăm sóc|thôi nhận chăm sóc} đối tượng cần bảo vệ khẩn cấp tại cộng đồng",
            "Công nhận {hộ nghèo, hộ cận nghèo|hộ thoát nghèo} phát sinh trong năm",
        ),
        audiences=("citizen", "organisation"),
        papers=(
            "Tờ khai đề nghị (theo mẫu)",
            "Bản sao giấy khai sinh hoặc giấy tờ tùy thân",
            "Giấy xác nhận khuyết tật",
        ),
        times=(5, 7, 10, 20),
        fee_share=0.0,
    ),
    "phong-chong-te-nan-xa-hoi": Profile(
        agency="SLDTBXH",
        legal=(
            "Luật Phòng, chống ma túy số 23/2000/QH10",
            "Nghị định số 94/2010/NĐ-CP quy định về tổ chức cai nghiện ma túy tại gia đình, cộng đồng",
            "Nghị định số 09/2013/NĐ-CP quy định chi tiết một số điều của Luật Phòng, chống mua bán người",
        ),
        city=(
            "{Cấp|Gia hạn|Sửa đổi} giấy phép hoạt động cai nghiện ma túy tự nguyện cho cơ sở {ngoài công "
            "lập|dân lập}",
        ),
        district=(
            "Xét {miễn|giảm} thời gian chấp hành quyết định đưa vào cơ sở cai nghiện bắt buộc",
        ),
        ward=(
            "{Đăng ký cai nghiện ma túy tự nguyện tại gia đình|Hỗ trợ nạn nhân bị mua bán tại cộng đồng|Xác "
            "nhận nạn nhân bị mua bán}",
        ),
        audiences=("citizen", "organisation"),
        papers=("Đơn đề nghị (theo mẫu)", "Bản sao giấy tờ tùy thân"),
        times=(5, 10, 15),
        fee_share=0.0,
    ),
    "thuong-mai": Profile(
        agency="SCT",
        legal=(
            "Luật Thương mại số 36/2005/QH11",
            "Nghị định số 105/2017/NĐ-CP về kinh doanh rượu",
            "Nghị định số 67/2013/NĐ-CP quy định chi tiết Luật Phòng, chống tác hại của thuốc lá về kinh "
            "doanh "
            "thuốc lá",
        ),
        city=(
            "{Cấp|Cấp lại} giấy phép kinh doanh {hàng hóa thuộc danh mục hạn chế kinh doanh|thuốc lá nguyên "
            "liệu|xăng dầu tạm nhập tái xuất}",
            "{Cấp|Cấp lại|Cấp sửa đổi, bổ sung} giấy phép {bán buôn rượu|bán buôn sản phẩm thuốc lá|sản xuất "
            "rượu công nghiệp|đủ điều kiện làm tổng đại lý kinh doanh xăng dầu|đủ điều kiện cửa hàng bán lẻ "
            "xăng dầu|đủ điều kiện thương nhân kinh doanh khí}",
            "{Đăng ký|Sửa đổi, bổ sung} {hoạt động bán hàng đa cấp tại địa phương|tổ chức hội chợ, triển lãm "
            "thương mại|thực hiện khuyến mại}",
            "{Cấp|Cấp lại|Điều chỉnh} giấy phép lập cơ sở bán lẻ của tổ chức kinh tế có vốn đầu tư nước "
            "ngoài",
            "Cấp giấy chứng nhận xuất xứ hàng hóa mẫu {D|E|AK|AJ} cho hàng hóa xuất khẩu",
        ),
        district=(
            "{Cấp|Cấp lại|Cấp sửa đổi, bổ sung} giấy phép {bán lẻ rượu|bán lẻ sản phẩm thuốc lá|sản xuất "
            "rượu "
            "thủ công nhằm mục đích kinh doanh|đủ điều kiện cửa hàng bán lẻ khí dầu mỏ hóa lỏng chai}",
        ),
        ward=(
            "Xác nhận đăng ký {sản xuất rượu thủ công để bán cho doanh nghiệp|kinh doanh tại chợ}",
        ),
        audiences=("business", "citizen"),
        papers=(
            "Đơn đề nghị cấp giấy phép (theo mẫu)",
            "Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh",
            "Bản sao hợp đồng thuê địa điểm kinh doanh",
            "Văn bản giới thiệu của các nhà cung cấp",
        ),
        times=(7, 10, 15),
        fees=(
            ("Phí thẩm định điều kiện kinh doanh", (200000, 400000, 1200000)),
        ),
        fee_share=0.8,
    ),
    "dien-nang-luong": Profile(
        agency="SCT",
        legal=(
            "Luật Điện lực số 28/2004/QH11",
            "Luật Sử dụng năng lượng tiết kiệm và hiệu quả số 50/2010/QH12",
            "Nghị định số 137/2013/NĐ-CP quy định chi tiết thi hành một số điều của Luật Điện lực",
        ),
        city=(
            "{Cấp|Cấp lại|Sửa đổi, bổ sung} giấy phép hoạt động điện lực trong lĩnh vực {tư vấn thiết kế "
            "công "
            "trình đường dây và trạm biến áp|tư vấn giám sát thi công|phân phối điện|bán lẻ điện|phát điện "
            "quy mô nhỏ}",
            "{Cấp|Cấp lại} thẻ an toàn điện cho {người lao động|kiểm tra viên điện lực}",
            "Thỏa thuận {đấu nối nhà máy điện mặt trời mái nhà|vị trí cột điện, hành lang tuyến}",
        ),
        audiences=("business", "organisation", "citizen"),
        papers=("Văn bản đề nghị (theo mẫu)", "Danh sách cán bộ chuyên môn", "Bản sao chứng chỉ, văn bằng"),
        times=(10, 15),
        fees=(("Phí thẩm định cấp giấy phép hoạt động điện lực", (700000, 800000)),),
        fee_share=0.9,
    ),
    "hoa-chat-vat-lieu-no": Profile(
        agency="SCT",
        legal=(
            "Luật Hóa chất số 06/2007/QH12",
            "Nghị định số 113/2017/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Hóa "
            "chất",
            "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 14/2017/QH14",
        ),
        city=(
            "{Cấp|Cấp lại|Điều chỉnh} giấy chứng nhận đủ điều kiện {sản xuất hóa chất sản xuất, kinh doanh "
            "có "
            "điều kiện|kinh doanh hóa chất sản xuất, kinh doanh có điều kiện|sản xuất, kinh doanh tiền chất "
            "công nghiệp}",
            "{Cấp|Cấp lại|Điều chỉnh} giấy phép sử dụng vật liệu nổ công nghiệp",
            "Xác nhận {kế hoạch phòng ngừa, ứng phó sự cố hóa chất|biện pháp phòng ngừa, ứng phó sự cố hóa "
            "chất}",
        ),
        audiences=("business",),
        papers=(
            "Văn bản đề nghị (theo mẫu)",
            "Bản kê khai địa điểm, trang thiết bị",
            "Phiếu an toàn hóa chất",
        ),
        times=(12, 15, 20),
        fees=(("Phí thẩm định điều kiện kinh doanh hóa chất", (1200000, 3200000)),),
        fee_share=0.9,
    ),
    "du-lich": Profile(
        agency="SDL",
        legal=(
            "Luật Du lịch số 09/2017/QH14",
            "Nghị định số 168/2017/NĐ-CP quy định chi tiết một số điều của Luật Du lịch",
            "Thông tư số 06/2017/TT-BVHTTDL quy định chi tiết một số điều của Luật Du lịch",
        ),
        city=(
            "Thẩm định {chương trình du lịch mới|sản phẩm du lịch đường thủy|điểm du lịch} trên địa bàn "
            "thành phố",
            "{Cấp|Cấp đổi|Cấp lại|Thu hồi} giấy phép kinh doanh dịch vụ lữ hành nội địa",
            "{Cấp|Cấp đổi|Cấp lại} thẻ hướng dẫn viên du lịch {nội địa|quốc tế|tại điểm}",
            "Công nhận hạng cơ sở lưu trú du lịch {hạng 1 sao|hạng 2 sao|hạng 3 sao|là biệt thự du lịch|là "
            "căn "
            "hộ du lịch}",
            "Công nhận cơ sở kinh doanh dịch vụ {ăn uống|mua sắm|thể thao|vui chơi, giải trí|chăm sóc sức "
            "khỏe} đạt tiêu chuẩn phục vụ khách du lịch",
            "{Cấp|Gia hạn|Sửa đổi} giấy phép thành lập văn phòng đại diện của doanh nghiệp du lịch nước "
            "ngoài "
            "tại Đà Nẵng",
        ),
        audiences=("business", "citizen", "foreigner"),
        papers=(
            "Đơn đề nghị (theo mẫu)",
            "Bản sao giấy chứng nhận đăng ký doanh nghiệp",
            "Bản sao văn bằng, chứng chỉ nghiệp vụ du lịch",
            "Giấy chứng nhận ký quỹ kinh doanh dịch vụ lữ hành",
        ),
        times=(10, 15, 30),
        fees=(("Phí thẩm định cấp giấy phép, thẻ", (200000, 650000, 1500000)),),
        fee_share=0.85,
    ),
    "van-hoa": Profile(
        agency="SVHTT",
        legal=(
            "Luật Di sản văn hóa số 28/2001/QH10",
            "Luật Quảng cáo số 16/2012/QH13",
            "Nghị định số 54/2019/NĐ-CP quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường",
            "Nghị định số 79/2012/NĐ-CP quy định về biểu diễn nghệ thuật, trình diễn thời trang, thi người "
            "đẹp",
        ),
        city=(
            "Cấp giấy phép {sao chép tác phẩm mỹ thuật về danh nhân văn hóa|chụp ảnh, quay phim tại di tích "
            "cấp thành phố|nhập khẩu văn hóa phẩm không nhằm mục đích kinh doanh}",
            "{Cấp|Cấp lại|Điều chỉnh} giấy phép {tổ chức biểu diễn nghệ thuật|tổ chức trình diễn thời "
            "trang|tổ chức thi người đẹp|kinh doanh dịch vụ vũ trường|triển lãm mỹ thuật|xây dựng tượng đài, "
            "tranh hoành tráng}",
            "{Tiếp nhận hồ sơ thông báo|Tiếp nhận thông báo sửa đổi} sản phẩm quảng cáo trên {bảng quảng "
            "cáo|băng-rôn|màn hình chuyên quảng cáo}",
            "{Cấp|Cấp lại} chứng chỉ hành nghề {mua bán di vật, cổ vật|tu bổ di tích}",
            "{Xác nhận đủ điều kiện|Cấp phép} {thành lập bảo tàng ngoài công lập|tổ chức lễ hội truyền "
            "thống|đưa "
            "di vật, cổ vật ra nước ngoài}",
        ),
        district=(
            "{Cấp|Cấp lại|Điều chỉnh} giấy phép đủ điều kiện kinh doanh dịch vụ karaoke",
            "Công nhận {phường, thị trấn đạt chuẩn văn minh đô thị|xã đạt chuẩn văn hóa nông thôn mới|khu "
            "dân "
            "cư văn hóa}",
            "Đăng ký tổ chức lễ hội {truyền thống|văn hóa} cấp huyện",
        ),
        ward=(
            "{Công nhận|Công nhận lại} {gia đình văn hóa|tổ dân phố văn hóa|thôn văn hóa}",
            "Thông báo tổ chức lễ hội {tín ngưỡng|văn hóa dân gian} trên địa bàn phường, xã",
            "Xét tặng {danh hiệu gia đình văn hóa tiêu biểu|giấy khen khu dân cư văn hóa}",
        ),
        audiences=("citizen", "organisation", "business"),
        papers=(
            "Đơn đề nghị (theo mẫu)",
            "Kịch bản, nội dung chương trình",
            "Bản sao giấy chứng nhận đăng ký kinh doanh",
            "Bản mô tả địa điểm, trang thiết bị",
        ),
        times=(3, 5, 7, 10),
        fees=(("Phí thẩm định nội dung, điều kiện", (500000, 1500000, 6000000)),),
        fee_share=0.5,
    ),
    "the-duc-the-thao": Profile(
        agency="SVHTT",
        legal=(
            "Luật Thể dục, thể thao số 77/2006/QH11",
            "Luật sửa đổi, bổ sung một số điều của Luật Thể dục, thể thao số 26/2018/QH14",
            "Nghị định số 36/2019/NĐ-CP quy định chi tiết một số điều của Luật Thể dục, thể thao",
        ),
        city=(
            "Cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao đối với môn {bơi, lặn|thể dục "
            "thẩm "
            "mỹ|võ thuật|quần vợt|dù lượn|lặn biển|mô tô nước trên biển|billiards & snooker|golf}",
            "{Đăng ký|Công nhận} {tổ chức giải thi đấu thể thao thành tích cao|câu lạc bộ thể thao chuyên "
            "nghiệp|ban vận động thành lập hội thể thao}",
        ),
        audiences=("business", "organisation"),
        papers=("Đơn đề nghị (theo mẫu)", "Bản tóm tắt tình hình chuẩn bị các điều kiện kinh doanh"),
        times=(7, 10),
        fees=(("Phí thẩm định cấp giấy chứng nhận đủ điều kiện", (500000, 1000000)),),
        fee_share=0.9,
    ),
    "gia-dinh": Profile(
        agency="SVHTT",
        legal=(
            "Luật Phòng, chống bạo lực gia đình số 02/2007/QH12",
            "Nghị định số 08/2009/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Phòng, "
            "chống bạo lực gia đình",
        ),
        city=(
            "{Cấp|Cấp lại|Đổi} giấy chứng nhận đăng ký hoạt động của {cơ sở hỗ trợ nạn nhân bạo lực gia "
            "đình|cơ "
            "sở tư vấn về phòng, chống bạo lực gia đình}",
        ),
        district=(
            "{Cấp|Cấp lại|Đổi} giấy chứng nhận đăng ký hoạt động của cơ sở {tư vấn|hỗ trợ} về phòng, chống "
            "bạo "
            "lực gia đình do UBND quận, huyện quản lý",
        ),
        ward=(
            "Đăng ký hoạt động {cơ sở tư vấn về phòng, chống bạo lực gia đình|địa chỉ tin cậy ở cộng đồng}",
        ),
        audiences=("citizen", "organisation"),
        papers=("Đơn đề nghị (theo mẫu)", "Danh sách người tư vấn, hỗ trợ", "Bản sao chứng chỉ tập huấn"),
        times=(10, 15, 20),
        fee_share=0.0,
    ),
    "khoa-hoc-cong-nghe": Profile(
        agency="SKHCN",
        legal=(
            "Luật Khoa học và công nghệ số 29/2013/QH13",
            "Luật Chuyển giao công nghệ số 07/2017/QH14",
            "Nghị định số 08/2014/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khoa "
            "học "
            "và công nghệ",
        ),
        city=(
            "{Cấp|Cấp lại} chứng chỉ {nhân viên bức xạ|hành nghề dịch vụ hỗ trợ ứng dụng năng lượng nguyên "
            "tử}",
            "Thẩm định {cơ sở khoa học|công nghệ} của dự án đầu tư",
            "{Cấp|Cấp lại|Thay đổi, bổ sung nội dung} giấy chứng nhận đăng ký hoạt động {khoa học và công "
            "nghệ|của "
            "văn phòng đại diện, chi nhánh tổ chức khoa học và công nghệ|doanh nghiệp khoa học và công nghệ}",
            "{Đăng ký|Sửa đổi, bổ sung} hợp đồng chuyển giao công nghệ {không thuộc dự án đầu tư|thuộc dự án "
            "đầu tư}",
            "{Cấp|Cấp lại|Sửa đổi, bổ sung|Gia hạn} giấy phép {tiến hành công việc bức xạ|sử dụng thiết bị X-"
            "quang chẩn đoán trong y tế|vận chuyển chất phóng xạ}",
            "Đăng ký {kết quả thực hiện nhiệm vụ khoa học và công nghệ|xét tiến hành nhiệm vụ khoa học và "
            "công "
            "nghệ cấp thành phố}",
        ),
        audiences=("organisation", "business"),
        papers=(
            "Đơn đề nghị (theo mẫu)",
            "Bản sao quyết định thành lập",
            "Hồ sơ thuyết minh nhiệm vụ, công nghệ",
        ),
        times=(10, 15, 20),
        fees=(("Phí thẩm định điều kiện hoạt động", (1000000, 2000000)),),
        fee_share=0.5,
    ),
    "tieu-chuan-do-luong": Profile(
        agency="SKHCN",
        legal=(
            "Luật Tiêu chuẩn và quy chuẩn kỹ thuật số 68/2006/QH11",
            "Luật Đo lường số 04/2011/QH13",
            "Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12",
        ),
        city=(
            "{Cấp|Cấp lại} giấy xác nhận {đăng ký tham dự giải thưởng chất lượng quốc gia|đăng ký hoạt động "
            "thử nghiệm}",
            "{Tiếp nhận|Tiếp nhận lại} bản công bố {hợp chuẩn|hợp quy} dựa trên kết quả {tự đánh giá|chứng "
            "nhận "
            "của tổ chức chứng nhận}",
            "{Chứng nhận|Điều chỉnh nội dung chứng nhận} {chuẩn đo lường|phương tiện đo nhóm 2|tổ chức kiểm "
            "định "
            "phương tiện đo}",
            "Kiểm tra nhà nước về chất lượng {hàng hóa nhập khẩu|xăng dầu|mũ bảo hiểm}",
        ),
        audiences=("business", "organisation"),
        papers=("Bản công bố (theo mẫu)", "Bản sao giấy chứng nhận hợp chuẩn, hợp quy", "Kết quả thử nghiệm"),
        times=(5, 7, 15),
        fees=(("Phí thẩm định", (150000, 500000)),),
        fee_share=0.4,
    ),
    "xuat-ban-in-phat-hanh": Profile(
        agency="STTTT",
        legal=(
            "Luật Xuất bản số 19/2012/QH13",
            "Nghị định số 195/2013/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Xuất bản",
            "Nghị định số 60/2014/NĐ-CP quy định về hoạt động in",
        ),
        city=(
            "{Cấp|Cấp lại|Cấp đổi} giấy phép {hoạt động in xuất bản phẩm|xuất bản tài liệu không kinh "
            "doanh|tổ chức triển lãm, hội chợ xuất bản phẩm|nhập khẩu xuất bản phẩm không kinh doanh}",
            "{Đăng ký|Thay đổi thông tin đăng ký} {hoạt động cơ sở in|hoạt động phát hành xuất bản "
            "phẩm|sử dụng máy photocopy màu}",
        ),
        audiences=("business", "organisation"),
        papers=(
            "Đơn đề nghị (theo mẫu)",
            "Bản sao giấy chứng nhận đăng ký doanh nghiệp",
            "Bản thảo tài liệu",
        ),
        times=(5, 7, 10, 15),
        fees=(("Phí thẩm định nội dung tài liệu", (50000, 100000)),),
        fee_share=0.3,
    ),
    "bao-chi-thong-tin-dien-tu": Profile(
        agency="STTTT",
        legal=(
            "Luật Báo chí số 103/2016/QH13",
            "Nghị định số 72/2013/NĐ-CP về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên "
            "mạng",
            "Nghị định số 27/2018/NĐ-CP sửa đổi, bổ sung Nghị định số 72/2013/NĐ-CP",
        ),
        city=(
            "{Cấp|Sửa đổi, bổ sung|Gia hạn|Cấp lại} giấy phép thiết lập trang thông tin điện tử tổng hợp",
            "{Cấp|Sửa đổi, bổ sung} giấy phép xuất bản {bản tin|đặc san} của cơ quan, tổ chức tại thành phố",
            "Thông báo tổ chức họp báo {trong nước|của cơ quan, tổ chức nước ngoài}",
            "Đăng ký {cung cấp dịch vụ trò chơi điện tử G2, G3, G4|điểm cung cấp dịch vụ trò chơi điện tử "
            "công "
            "cộng}",
        ),
        audiences=("business", "organisation"),
        papers=(
            "Đơn đề nghị (theo mẫu)",
            "Đề án hoạt động",
            "Bản sao quyết định thành lập hoặc đăng ký doanh nghiệp",
        ),
        times=(5, 10, 15, 30),
        fee_share=0.1,
        fees=(("Phí thẩm định", (500000,)),),
    ),
    "vien-thong-buu-chinh": Profile(
        agency="STTTT",
        legal=(
            "Luật Bưu chính số 49/2010/QH12",
            "Luật Viễn thông số 41/2009/QH12",
            "Nghị định số 47/2011/NĐ-CP quy định chi tiết thi hành một số nội dung của Luật Bưu chính",
        ),
        city=(
            "{Cấp|Sửa đổi, bổ sung|Cấp lại} giấy phép bưu chính cho doanh nghiệp {cung ứng dịch vụ trong "
            "phạm "
            "vi nội tỉnh|có vốn đầu tư nước ngoài}",
            "Cấp văn bản xác nhận thông báo hoạt động bưu chính {của chi nhánh|của văn phòng đại diện|của "
            "đại "
            "lý}",
            "{Chấp thuận|Thỏa thuận} {vị trí trạm thu phát sóng thông tin di động|dùng chung hạ tầng kỹ "
            "thuật "
            "viễn thông thụ động}",
        ),
        district=(
            "Cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng",
        ),
        audiences=("business",),
        papers=(
            "Đơn đề nghị (theo mẫu)",
            "Bản sao giấy chứng nhận đăng ký doanh nghiệp",
            "Phương án kinh doanh",
        ),
        times=(5, 10, 15),
        fees=(("Phí thẩm định điều kiện hoạt động bưu chính", (1000000, 2500000)),),
        fee_share=0.6,
    ),
    "to-chuc-bo-may": Profile(
        agency="SNV",
        legal=(
            "Luật Cán bộ, công chức số 22/2008/QH12",
            "Luật Viên chức số 58/2010/QH12",
            "Nghị định số 45/2010/NĐ-CP quy định về tổ chức, hoạt động và quản lý hội",
            "Nghị định số 93/2019/NĐ-CP về tổ chức, hoạt động của quỹ xã hội, quỹ từ thiện",
        ),
        ward=(
            "Công nhận {ban vận động thành lập hội|hội có phạm vi hoạt động trong phường, xã}",
        ),
        city=(
            "{Thi tuyển|Xét tuyển|Tiếp nhận vào làm} {công chức|viên chức} {hành chính|sự nghiệp giáo dục|sự "
            "nghiệp y tế}",
            "{Thi|Xét} nâng ngạch {công chức|viên chức} từ {ngạch cán sự lên chuyên viên|ngạch chuyên viên "
            "lên "
            "chuyên viên chính}",
            "{Công nhận ban vận động thành lập|Cho phép thành lập|Phê duyệt điều lệ|Đổi tên|Giải thể} hội "
            "có phạm vi hoạt động trong thành phố",
            "{Cấp giấy phép thành lập và công nhận điều lệ|Công nhận quỹ đủ điều kiện hoạt động|Đổi tên|Giải "
            "thể} quỹ xã hội, quỹ từ thiện",
            "Xếp hạng {đơn vị sự nghiệp công lập|cơ quan, tổ chức lưu trữ}",
        ),
        district=(
            "{Công nhận|Phê duyệt điều lệ|Giải thể} hội có phạm vi hoạt động trong quận, huyện",
            "Thẩm định {việc thành lập|việc giải thể} đơn vị sự nghiệp công lập thuộc UBND quận, huyện",
        ),
        audiences=("citizen", "organisation"),
        papers=(
            "Đơn đăng ký dự tuyển hoặc văn bản đề nghị (theo mẫu)",
            "Bản sao văn bằng, chứng chỉ",
            "Sơ yếu lý lịch",
        ),
        times=(15, 20, 30),
        fee_share=0.2,
        fees=(("Phí tuyển dụng", (260000, 400000)),),
    ),
    "thi-dua-khen-thuong": Profile(
        agency="SNV",
        legal=(
            "Luật Thi đua, khen thưởng số 15/2003/QH11",
            "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng số 39/2013/QH13",
            "Nghị định số 91/2017/NĐ-CP quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
        ),
        city=(
            "Tặng {Bằng khen của Chủ tịch UBND thành phố|danh hiệu Chiến sĩ thi đua cấp thành phố|danh hiệu "
            "Tập "
            "thể lao động xuất sắc|Cờ thi đua của UBND thành phố} {theo công trạng|theo đợt, chuyên đề|cho "
            "gia "
            "đình|đối ngoại}",
        ),
        district=(
            "Tặng {Giấy khen của Chủ tịch UBND quận, huyện|danh hiệu Chiến sĩ thi đua cơ sở|danh hiệu Lao "
            "động "
            "tiên tiến} {theo công trạng|theo đợt, chuyên đề|đột xuất}",
        ),
        ward=(
            "Tặng Giấy khen của Chủ tịch UBND phường, xã {về thực hiện nhiệm vụ chính trị|theo đợt, chuyên "
            "đề|đột xuất|cho gia đình}",
        ),
        audiences=("citizen", "organisation"),
        papers=(
            "Tờ trình đề nghị khen thưởng",
            "Báo cáo thành tích",
            "Biên bản họp xét của hội đồng thi đua",
        ),
        times=(5, 10, 20),
        fee_share=0.0,
    ),
    "tin-nguong-ton-giao": Profile(
        agency="SNV",
        legal=(
            "Luật Tín ngưỡng, tôn giáo số 02/2016/QH14",
            "Nghị định số 162/2017/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Tín "
            "ngưỡng, "
            "tôn giáo",
        ),
        city=(
            "{Đăng ký|Chấp thuận} {hoạt động tôn giáo ngoài địa điểm hợp pháp|tổ chức hội nghị thường niên "
            "của "
            "tổ chức tôn giáo|thuyên chuyển chức sắc, chức việc|mở lớp bồi dưỡng về tôn giáo}",
            "{Công nhận|Giải thể} tổ chức tôn giáo trực thuộc có địa bàn hoạt động trong thành phố",
        ),
        district=(
            "{Đăng ký|Thông báo} {người được bổ nhiệm, bầu cử làm chức việc|tổ chức quyên góp vượt ra ngoài "
            "một xã|tổ chức cuộc lễ ngoài cơ sở tôn giáo}",
        ),
        ward=(
            "{Đăng ký sinh hoạt tôn giáo tập trung|Thông báo danh mục hoạt động tín ngưỡng|Đề nghị thay đổi "
            "địa "
            "điểm sinh hoạt tôn giáo tập trung|Thông báo tổ chức quyên góp của cơ sở tín ngưỡng}",
        ),
        audiences=("organisation", "citizen"),
        papers=(
            "Văn bản đăng ký (theo mẫu)",
            "Danh sách người tham gia",
            "Giấy tờ chứng minh địa điểm hợp pháp",
        ),
        times=(15, 20, 30, 45),
        fee_share=0.0,
    ),
    "nong-nghiep": Profile(
        agency="SNNPTNT",
        legal=(
            "Luật Trồng trọt số 31/2018/QH14",
            "Luật Bảo vệ và kiểm dịch thực vật số 41/2013/QH13",
            "Nghị định số 108/2017/NĐ-CP về quản lý phân bón",
        ),
        city=(
            "{Cấp|Cấp lại} giấy chứng nhận {VietGAP cho sản phẩm trồng trọt|cơ sở sản xuất, kinh doanh vật "
            "tư nông nghiệp đủ điều kiện an toàn thực phẩm}",
            "{Cấp|Cấp lại} giấy chứng nhận đủ điều kiện {buôn bán phân bón|buôn bán thuốc bảo vệ thực "
            "vật|sản xuất giống cây trồng|xông hơi khử trùng}",
            "{Cấp|Cấp lại} giấy chứng nhận {kiểm dịch thực vật nội địa|cơ sở sản xuất rau, quả an toàn|chuỗi "
            "cung ứng thực phẩm an toàn}",
            "Công nhận {cây đầu dòng|vườn cây đầu dòng|tiến bộ kỹ thuật} trong trồng trọt",
        ),
        ward=(
            "Xác nhận {diện tích đất trồng lúa chuyển đổi|thiệt hại cây trồng do thiên tai} để hưởng chính "
            "sách "
            "hỗ trợ",
        ),
        audiences=("business", "citizen", "organisation"),
        papers=(
            "Đơn đề nghị (theo mẫu)",
            "Bản thuyết minh điều kiện sản xuất, kinh doanh",
            "Bản sao chứng chỉ bồi dưỡng chuyên môn",
        ),
        times=(5, 10, 15, 20),
        fees=(("Phí thẩm định điều kiện kinh doanh", (500000, 1000000)),),
        fee_share=0.6,
    ),
    "thu-y-chan-nuoi": Profile(
        agency="SNNPTNT",
        legal=(
            "Luật Thú y số 79/2015/QH13",
            "Luật Chăn nuôi số 32/2018/QH14",
            "Nghị định số 35/2016/NĐ-CP quy định chi tiết một số điều của Luật Thú y",
        ),
        city=(
            "{Cấp|Cấp lại} giấy chứng nhận kiểm dịch {sản phẩm động vật vận chuyển ra khỏi thành phố|động "
            "vật thủy sản giống}",
            "{Cấp|Cấp lại|Gia hạn} chứng chỉ hành nghề thú y {về tiêm phòng, chữa bệnh|về phẫu thuật động "
            "vật|mua bán thuốc thú y}",
            "{Cấp|Cấp lại} giấy chứng nhận {kiểm dịch động vật vận chuyển ra khỏi thành phố|điều kiện vệ "
            "sinh "
            "thú y|cơ sở an toàn dịch bệnh động vật|đủ điều kiện chăn nuôi trang trại quy mô lớn}",
        ),
        district=(
            "Cấp giấy chứng nhận đủ điều kiện chăn nuôi {trang trại quy mô vừa|trang trại quy mô nhỏ}",
        ),
        ward=(
            "{Kê khai hoạt động chăn nuôi|Xác nhận thiệt hại do dịch bệnh động vật} của hộ chăn nuôi",
        ),
        audiences=("citizen", "business"),
        papers=("Đơn đăng ký (theo mẫu)", "Bản sao văn bằng chuyên môn", "Bản mô tả cơ sở chăn nuôi"),
        times=(3, 5, 10, 15),
        fees=(("Phí thẩm định điều kiện vệ sinh thú y", (230000, 450000)),),
        fee_share=0.6,
    ),
    "thuy-san": Profile(
        agency="SNNPTNT",
        legal=(
            "Luật Thủy sản số 18/2017/QH14",
            "Nghị định số 26/2019/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Thủy sản",
        ),
        city=(
            "{Cấp|Cấp lại|Gia hạn} giấy phép khai thác thủy sản cho tàu cá {có chiều dài từ 12 mét đến dưới "
            "15 "
            "mét|có chiều dài từ 15 mét trở lên|nuôi trồng thủy sản trên biển}",
            "{Đăng ký|Xóa đăng ký} tàu cá {đóng mới|chuyển nhượng|nhập khẩu|thuê tàu trần}",
            "{Cấp|Cấp lại} giấy chứng nhận {an toàn kỹ thuật tàu cá|đủ điều kiện sản xuất giống thủy sản|xác "
            "nhận nguyên liệu thủy sản khai thác}",
        ),
        audiences=("citizen", "business"),
        papers=(
            "Tờ khai đăng ký (theo mẫu)",
            "Biên bản kiểm tra kỹ thuật tàu cá",
            "Bản sao giấy chứng nhận đăng ký tàu cá",
        ),
        times=(2, 3, 6, 10),
        fees=(("Lệ phí cấp giấy phép khai thác thủy sản", (40000, 70000)),),
        fee_share=0.7,
    ),
    "lam-nghiep": Profile(
        agency="SNNPTNT",
        legal=(
            "Luật Lâm nghiệp số 16/2017/QH14",
            "Nghị định số 156/2018/NĐ-CP quy định chi tiết thi hành một số điều của Luật Lâm nghiệp",
        ),
        city=(
            "Cấp giấy phép {vận chuyển gỗ rừng tự nhiên|xuất khẩu mẫu vật động vật hoang dã|gây nuôi động "
            "vật rừng thông thường}",
            "{Phê duyệt|Điều chỉnh} {phương án quản lý rừng bền vững|hồ sơ thiết kế khai thác gỗ rừng "
            "trồng|đề "
            "án du lịch sinh thái trong rừng đặc dụng}",
            "{Chuyển loại rừng|Chuyển mục đích sử dụng rừng sang mục đích khác} không thuộc thẩm quyền của "
            "Thủ "
            "tướng Chính phủ",
        ),
        district=(
            "{Giao rừng|Cho thuê rừng|Thu hồi rừng} đối với hộ gia đình, cá nhân, cộng đồng dân cư",
        ),
        ward=(
            "Xác nhận {nguồn gốc gỗ khai thác từ vườn nhà, trang trại|bảng kê lâm sản} của hộ gia đình",
        ),
        audiences=("citizen", "organisation", "business"),
        papers=("Văn bản đề nghị (theo mẫu)", "Bản đồ khu rừng", "Phương án, thiết kế được lập"),
        times=(10, 15, 20, 30),
        fee_share=0.0,
    ),
    "thuy-loi": Profile(
        agency="SNNPTNT",
        legal=(
            "Luật Thủy lợi số 08/2017/QH14",
            "Luật Phòng, chống thiên tai số 33/2013/QH13",
            "Nghị định số 67/2018/NĐ-CP quy định chi tiết một số điều của Luật Thủy lợi",
        ),
        city=(
            "{Cấp|Gia hạn|Điều chỉnh nội dung} giấy phép {xây dựng công trình trong phạm vi bảo vệ công "
            "trình "
            "thủy lợi|xả nước thải vào công trình thủy lợi|khoan, đào khảo sát địa chất trong phạm vi bảo vệ "
            "công trình thủy lợi}",
            "Phê duyệt {phương án ứng phó thiên tai cho công trình vùng hạ du đập|quy trình vận hành hồ chứa "
            "nước}",
        ),
        district=(
            "Phê duyệt phương án {bảo vệ đập, hồ chứa nước nhỏ|cắm mốc chỉ giới phạm vi bảo vệ công trình "
            "thủy "
            "lợi} do quận, huyện quản lý",
        ),
        ward=(
            "Hỗ trợ {khôi phục sản xuất nông nghiệp|hộ gia đình có nhà ở bị hư hỏng} do thiên tai",
        ),
        audiences=("citizen", "organisation", "business"),
        papers=(
            "Đơn đề nghị (theo mẫu)",
            "Bản vẽ mặt bằng vị trí",
            "Báo cáo đánh giá ảnh hưởng đến công trình",
        ),
        times=(7, 10, 20),
        fees=(("Phí thẩm định cấp phép", (500000, 1000000)),),
        fee_share=0.4,
    ),
    "tai-chinh-cong": Profile(
        agency="STC",
        legal=(
            "Luật Quản lý, sử dụng tài sản công số 15/2017/QH14",
            "Luật Ngân sách nhà nước số 83/2015/QH13",
            "Luật Giá số 11/2012/QH13",
        ),
        city=(
            "Cấp mã số đơn vị có quan hệ với ngân sách cho {đơn vị dự toán|dự án đầu tư giai đoạn chuẩn bị "
            "đầu "
            "tư|dự án đầu tư giai đoạn thực hiện dự án|đơn vị khác có quan hệ với ngân sách}",
            "{Quyết định mua sắm|Thanh lý|Điều chuyển|Bán} tài sản công tại cơ quan, đơn vị thuộc thành phố",
            "{Đăng ký giá|Kê khai giá|Hiệp thương giá} hàng hóa, dịch vụ {thuộc danh mục bình ổn giá|do "
            "thành "
            "phố định giá}",
            "Quyết toán vốn đầu tư dự án hoàn thành sử dụng vốn ngân sách {thành phố|quận, huyện}",
        ),
        district=(
            "Thẩm tra quyết toán vốn đầu tư dự án hoàn thành thuộc ngân sách quận, huyện",
        ),
        audiences=("organisation", "business"),
        papers=(
            "Tờ khai đăng ký (theo mẫu)",
            "Bản sao quyết định thành lập hoặc quyết định đầu tư",
            "Báo cáo quyết toán",
        ),
        times=(2, 5, 15, 30),
        fee_share=0.2,
        fees=(("Phí thẩm tra quyết toán", (500000, 1500000)),),
    ),
    "ngoai-vu": Profile(
        agency="SNGV",
        legal=(
            "Quyết định số 06/2020/QĐ-TTg về tổ chức và quản lý hội nghị, hội thảo quốc tế tại Việt Nam",
            "Quyết định số 45/2006/QĐ-TTg ban hành Quy chế cấp và quản lý thẻ đi lại của doanh nhân APEC",
        ),
        city=(
            "Cho phép {tổ chức hội nghị, hội thảo quốc tế|tiếp nhận viện trợ phi chính phủ nước ngoài|sử "
            "dụng "
            "thẻ đi lại của doanh nhân APEC} thuộc thẩm quyền của UBND thành phố",
            "Đề nghị {cấp|gia hạn} giấy phép hoạt động của tổ chức phi chính phủ nước ngoài tại Đà Nẵng",
        ),
        audiences=("organisation", "business", "foreigner"),
        papers=(
            "Văn bản đề nghị",
            "Đề án tổ chức hoặc dự án viện trợ",
            "Danh sách khách mời, đối tác nước ngoài",
        ),
        times=(10, 15),
        fee_share=0.0,
    ),
    "thanh-tra-khieu-nai": Profile(
        agency="TTTP",
        legal=(
            "Luật Khiếu nại số 02/2011/QH13",
            "Luật Tố cáo số 25/2018/QH14",
            "Luật Tiếp công dân số 42/2013/QH13",
        ),
        city=(
            "Giải quyết {khiếu nại lần đầu|khiếu nại lần hai|tố cáo} thuộc thẩm quyền của {Chủ tịch UBND "
            "thành "
            "phố|Chánh Thanh tra thành phố}",
            "Tiếp công dân tại {Trụ sở tiếp công dân thành phố|Thanh tra thành phố}",
        ),
        district=(
            "Giải quyết {khiếu nại lần đầu|khiếu nại lần hai|tố cáo} tại cấp quận, huyện",
        ),
        ward=(
            "Giải quyết {khiếu nại lần đầu|tố cáo} tại cấp phường, xã",
            "Tiếp công dân tại UBND phường, xã",
        ),
        audiences=("citizen", "organisation"),
        papers=("Đơn khiếu nại hoặc đơn tố cáo", "Tài liệu, chứng cứ kèm theo"),
        times=(30, 45, 60),
        fee_share=0.0,
        extra={"unit": "days"},
    ),
}

# Agencies that coordinate procedures of another department (sample data only).
DEFAULT_COORDINATING = ("STNMT", "SXD", "STC", "SKHDT", "CATP")


def names_for(sector, level):
    """Every name the profile's templates give for this sector and level, by family (template)."""
    profile = PROFILES[sector]
    families = []
    for template in getattr(profile, level):
        families.append(expand(template))
    return families


def expand(template):
    """All combinations of a template's ``{a|b|c}`` choices, in order.

    >>> expand("{Cấp|Gia hạn} giấy phép {A|B}")
    ['Cấp giấy phép A', 'Cấp giấy phép B', 'Gia hạn giấy phép A', 'Gia hạn giấy phép B']
    """
    start = template.find("{")
    if start < 0:
        return [" ".join(template.split())]
    end = template.index("}", start)
    head, tail = template[:start], template[end + 1 :]
    names = []
    for choice in template[start + 1 : end].split("|"):
        names.extend(expand(head + choice + tail))
    return names
