# sipstatus: SIP response reason phrases, Vietnamese (tiếng Việt).
# Ngắn gọn, như trên màn hình điện thoại bàn và tổng đài (VNPT, Viettel).

## Các lớp phản hồi

class-provisional = Phản hồi tạm thời
    .short = Tạm thời
class-success = Thành công
class-redirection = Chuyển hướng
class-client-failure = Lỗi phía máy khách
    .short = Lỗi máy khách
class-server-failure = Lỗi phía máy chủ
class-global-failure = Lỗi toàn cục

## 1xx: phản hồi tạm thời

sip-100 = Đang xử lý
    .description = Yêu cầu đã được nhận và đang được xử lý, ví dụ trong lúc proxy tìm thuê bao được gọi.
sip-180 = Đang đổ chuông
    .description = Máy của thuê bao được gọi đã nhận cuộc gọi và đang đổ chuông.
sip-181 = Đang chuyển tiếp
    .description = Cuộc gọi đang được chuyển tiếp tới một đích khác.
sip-182 = Trong hàng đợi
    .description = Thuê bao được gọi hiện chưa sẵn sàng nên cuộc gọi được đưa vào hàng đợi cho đến khi thuê bao sẵn sàng.
sip-183 = Đang kết nối
    .description = Cuộc gọi đang được thiết lập và đã có thông tin sớm, như âm hồi chuông hoặc thông báo.
sip-199 = Hội thoại sớm kết thúc
    .short = Kết thúc sớm
    .description = Một hội thoại sớm được tạo cho cuộc gọi này đã kết thúc trước khi cuộc gọi được trả lời.

## 2xx: thành công

sip-200 = OK
    .description = Yêu cầu đã được thực hiện thành công.
sip-202 = Đã chấp nhận
    .description = Yêu cầu đã được chấp nhận để xử lý nhưng chưa hoàn tất; không còn dùng kể từ RFC 6665.
sip-204 = Không gửi thông báo
    .short = Không thông báo
    .description = Đăng ký theo dõi đã được làm mới thành công nhưng sẽ không có thông báo nào được gửi.

## 3xx: chuyển hướng

sip-300 = Nhiều lựa chọn
    .description = Địa chỉ ứng với nhiều đích được liệt kê trong phản hồi và người gọi có thể chọn một đích.
sip-301 = Đã chuyển vĩnh viễn
    .short = Chuyển vĩnh viễn
    .description = Không còn liên lạc được với thuê bao tại địa chỉ này; thuê bao đã chuyển vĩnh viễn sang địa chỉ nêu trong phản hồi.
sip-302 = Đã chuyển tạm thời
    .short = Chuyển tạm thời
    .description = Thuê bao tạm thời liên lạc được tại địa chỉ nêu trong phản hồi.
sip-305 = Phải qua proxy
    .description = Chỉ liên lạc được với thuê bao qua proxy nêu trong phản hồi.
sip-380 = Dịch vụ thay thế
    .description = Cuộc gọi không thành công, nhưng phản hồi có mô tả các dịch vụ thay thế.

## 4xx: lỗi phía máy khách

sip-400 = Yêu cầu không hợp lệ
    .short = Yêu cầu sai
    .description = Không hiểu được yêu cầu vì sai cú pháp.
sip-401 = Chưa xác thực
    .description = Yêu cầu cần xác thực người dùng với bên được gọi hoặc máy chủ đăng ký.
sip-402 = Yêu cầu thanh toán
    .short = Cần thanh toán
    .description = Dành cho sử dụng trong tương lai.
sip-403 = Không được phép
    .description = Máy chủ hiểu yêu cầu nhưng không cho phép thực hiện.
sip-404 = Không tìm thấy
    .description = Không tìm thấy người dùng được gọi trong tên miền nêu trong yêu cầu.
sip-405 = Phương thức bị cấm
    .short = Cấm phương thức
    .description = Phương thức của yêu cầu được hiểu nhưng không được phép với địa chỉ này.
sip-406 = Nội dung không phù hợp
    .short = Sai nội dung
    .description = Bên được gọi chỉ có thể trả lời bằng nội dung mà yêu cầu cho biết là không chấp nhận.
sip-407 = Cần xác thực proxy
    .short = Xác thực proxy
    .description = Người gọi phải xác thực với proxy trước.
sip-408 = Hết thời gian chờ
    .short = Hết giờ chờ
    .description = Máy chủ không trả lời kịp thời, ví dụ vì không xác định được vị trí thuê bao được gọi.
sip-409 = Xung đột
    .description = Yêu cầu xung đột với trạng thái hiện tại, ví dụ người dùng đã đăng ký; chỉ có trong RFC 2543 đã lỗi thời.
sip-410 = Không còn ở đây
    .description = Người dùng từng có ở đây nhưng nay không còn liên lạc được, và không có địa chỉ chuyển tiếp nào.
sip-411 = Cần độ dài nội dung
    .short = Thiếu độ dài
    .description = Máy chủ không nhận yêu cầu thiếu Content-Length hợp lệ; chỉ có trong RFC 2543 đã lỗi thời.
sip-412 = Không đạt điều kiện
    .short = Lỗi điều kiện
    .description = Một điều kiện của yêu cầu, như thẻ thực thể (entity tag) của một bản công bố, không được thỏa mãn.
sip-413 = Yêu cầu quá lớn
    .description = Phần thân yêu cầu lớn hơn mức máy chủ chấp nhận xử lý.
sip-414 = URI quá dài
    .description = URI của yêu cầu dài hơn mức máy chủ chấp nhận xử lý.
sip-415 = Định dạng không hỗ trợ
    .short = Sai định dạng
    .description = Phần thân yêu cầu có định dạng mà máy chủ không hỗ trợ.
sip-416 = Lược đồ URI không hỗ trợ
    .short = Sai lược đồ URI
    .description = Máy chủ không nhận biết lược đồ (scheme) của URI yêu cầu.
sip-417 = Mức ưu tiên không rõ
    .short = Ưu tiên không rõ
    .description = Yêu cầu đòi một mức ưu tiên tài nguyên mà máy chủ không hiểu.
sip-420 = Mở rộng SIP không hỗ trợ
    .short = Lỗi mở rộng SIP
    .description = Yêu cầu cần một phần mở rộng giao thức SIP mà máy chủ không hỗ trợ.
sip-421 = Cần mở rộng SIP
    .description = Máy chủ cần một phần mở rộng giao thức mà yêu cầu không ghi là được hỗ trợ.
sip-422 = Chu kỳ phiên quá ngắn
    .short = Chu kỳ quá ngắn
    .description = Chu kỳ làm mới phiên trong yêu cầu ngắn hơn mức máy chủ cho phép.
sip-423 = Thời hạn quá ngắn
    .short = Hạn quá ngắn
    .description = Thời hạn được yêu cầu, ví dụ của một lần đăng ký, quá ngắn.
sip-424 = Thông tin vị trí sai
    .short = Sai vị trí
    .description = Thông tin vị trí trong yêu cầu sai định dạng hoặc không đủ chính xác.
sip-425 = Cảnh báo không hợp lệ
    .short = Sai cảnh báo
    .description = Một cảnh báo khẩn cấp không tương tác không được chấp nhận vì sai định dạng.
sip-428 = Cần tiêu đề Identity
    .short = Cần Identity
    .description = Chính sách của máy chủ đòi hỏi tiêu đề Identity, nhưng yêu cầu không có.
sip-429 = Cần Referred-By hợp lệ
    .short = Cần Referred-By
    .description = Yêu cầu thiếu token Referred-By hợp lệ.
sip-430 = Lỗi luồng kết nối
    .short = Lỗi luồng
    .description = Một luồng kết nối cụ thể tới thiết bị người dùng bị lỗi, dù các luồng khác có thể vẫn hoạt động.
sip-433 = Cấm gọi ẩn danh
    .description = Yêu cầu không được chấp nhận vì là cuộc gọi ẩn danh.
sip-436 = Thông tin danh tính sai
    .short = Sai danh tính
    .description = Không dùng được thông tin danh tính người gọi trong yêu cầu, ví dụ vì không tải được chứng chỉ của nó.
sip-437 = Chứng chỉ không hỗ trợ
    .short = Lỗi chứng chỉ
    .description = Máy chủ không xác minh được chứng chỉ của tên miền đã ký yêu cầu.
sip-438 = Tiêu đề Identity sai
    .short = Sai Identity
    .description = Không xác minh được chữ ký trong tiêu đề Identity.
sip-439 = Chặng đầu thiếu Outbound
    .short = Thiếu Outbound
    .description = Máy chủ đăng ký hỗ trợ phần mở rộng Outbound, nhưng proxy đầu tiên trên đường đi thì không.
sip-440 = Vượt Max-Breadth
    .description = Proxy không thể rẽ nhánh yêu cầu thêm nữa vì đã dùng hết Max-Breadth.
sip-469 = Gói INFO không hợp lệ
    .short = Sai gói INFO
    .description = Yêu cầu INFO dùng một gói info mà bên nhận chưa đồng ý.
sip-470 = Cần sự đồng ý
    .description = Bên gửi chưa có sự đồng ý của bên nhận cho yêu cầu này.
sip-480 = Tạm không liên lạc được
    .short = Không liên lạc
    .description = Đã tìm thấy thuê bao nhưng tạm thời không liên lạc được, ví dụ chưa đăng nhập hoặc đang bật chế độ Không làm phiền.
sip-481 = Cuộc gọi không tồn tại
    .short = Sai cuộc gọi
    .description = Yêu cầu không khớp với cuộc gọi hay giao dịch nào đang có.
sip-482 = Phát hiện vòng lặp
    .short = Lặp định tuyến
    .description = Máy chủ phát hiện một vòng lặp định tuyến.
sip-483 = Quá nhiều chặng
    .description = Yêu cầu đã đi qua nhiều chặng hơn mức Max-Forwards cho phép.
sip-484 = Số chưa đầy đủ
    .description = Số hoặc địa chỉ đã quay chưa đầy đủ.
sip-485 = Địa chỉ không rõ ràng
    .short = Địa chỉ mơ hồ
    .description = Địa chỉ đã quay không rõ ràng, khớp với nhiều người dùng.
sip-486 = Máy bận
    .description = Đã tìm thấy thuê bao nhưng máy đang bận, không nhận thêm cuộc gọi được lúc này.
sip-487 = Người gọi đã hủy
    .description = Người gọi đã hủy cuộc gọi trước khi cuộc gọi được trả lời.
sip-488 = Không có codec chung
    .short = Không khớp codec
    .description = Một phần của phiên được đề xuất, như codec hoặc loại media, không được chấp nhận tại đây.
sip-489 = Sự kiện không hỗ trợ
    .short = Sai sự kiện
    .description = Máy chủ không hiểu gói sự kiện nêu trong yêu cầu.
sip-491 = Yêu cầu đang chờ xử lý
    .short = Yêu cầu đang chờ
    .description = Một yêu cầu khác trong cùng hội thoại vẫn đang chờ xử lý.
sip-493 = Không giải mã được
    .short = Không giải mã
    .description = Yêu cầu chứa phần thân đã mã hóa mà bên nhận không giải mã được.
sip-494 = Cần thỏa thuận bảo mật
    .short = Cần bảo mật
    .description = Máy chủ chỉ chấp nhận yêu cầu sau khi đã thỏa thuận cơ chế bảo mật.

## 5xx: lỗi phía máy chủ

sip-500 = Lỗi nội bộ máy chủ
    .short = Lỗi máy chủ
    .description = Máy chủ gặp tình huống không mong đợi khiến không thể thực hiện yêu cầu.
sip-501 = Chưa được triển khai
    .short = Chưa triển khai
    .description = Máy chủ không hỗ trợ chức năng cần cho yêu cầu này, ví dụ phương thức của nó.
sip-502 = Lỗi cổng kết nối
    .description = Cổng kết nối (gateway) hoặc proxy nhận được phản hồi không hợp lệ từ máy chủ kế tiếp.
sip-503 = Dịch vụ không khả dụng
    .short = Dịch vụ tạm dừng
    .description = Máy chủ tạm thời quá tải hoặc đang bảo trì.
sip-504 = Máy chủ hết giờ chờ
    .short = Máy chủ hết giờ
    .description = Máy chủ không nhận được trả lời kịp thời từ một máy chủ khác mà nó cần.
sip-505 = Không hỗ trợ bản SIP
    .short = Sai bản SIP
    .description = Máy chủ không hỗ trợ phiên bản SIP của yêu cầu.
sip-513 = Bản tin quá lớn
    .description = Bản tin yêu cầu lớn hơn mức máy chủ có thể xử lý.
sip-555 = Không có thông báo đẩy
    .short = Không hỗ trợ đẩy
    .description = Máy chủ không hỗ trợ dịch vụ thông báo đẩy (push) nêu trong yêu cầu.
sip-580 = Lỗi điều kiện tiên quyết
    .short = Lỗi tiên quyết
    .description = Máy chủ không thể đáp ứng các điều kiện tiên quyết cần cho phiên.

## 6xx: lỗi toàn cục

sip-600 = Thuê bao bận
    .description = Thuê bao bận và không có đích nào khác, như hộp thư thoại, nhận được cuộc gọi.
sip-603 = Thuê bao từ chối
    .description = Thuê bao đã từ chối cuộc gọi và không có đích nào khác nhận được cuộc gọi.
sip-604 = Số không tồn tại
    .description = Số hoặc người dùng được gọi không tồn tại ở bất kỳ đâu.
sip-606 = Không chấp nhận phiên
    .short = Không nhận phiên
    .description = Đã tìm thấy thuê bao, nhưng một số thông số của phiên được đề xuất không được chấp nhận.
sip-607 = Cuộc gọi không mong muốn
    .short = Cuộc gọi rác
    .description = Thuê bao đã đánh dấu cuộc gọi là không mong muốn; các cuộc gọi sau từ người gọi này nhiều khả năng cũng sẽ không được nhận.
sip-608 = Nhà mạng chặn cuộc gọi
    .short = Nhà mạng chặn
    .description = Một bên trung gian (nhà mạng hoặc hệ thống phân tích cuộc gọi), không phải thuê bao, đã chặn cuộc gọi.

## 7xx: ngoài chuẩn

sip-701 = Bên kia đã gác máy
    .short = Đã gác máy
    .description = Bên kia đã gác máy; đây là mã nội bộ của ngăn xếp, không thuộc chuẩn SIP.
