# sipstatus: ITU-T Q.850 cause names, Vietnamese (tiếng Việt).
# Thuật ngữ báo hiệu số 7 (ISUP) và ISDN dùng trong mạng viễn thông Việt Nam;
# CUG: nhóm người dùng khép kín (Closed User Group).

## Các lớp nguyên nhân

q850-class-normal-event = Sự kiện bình thường
q850-class-resource-unavailable = Tài nguyên không khả dụng
q850-class-service-not-available = Dịch vụ hoặc tùy chọn không khả dụng
q850-class-service-not-implemented = Dịch vụ hoặc tùy chọn chưa được triển khai
q850-class-invalid-message = Bản tin không hợp lệ
q850-class-protocol-error = Lỗi giao thức
q850-class-interworking = Liên mạng

## Nguyên nhân

q850-1 = Số chưa được cấp (số không tồn tại)
q850-2 = Không có tuyến tới mạng chuyển tiếp chỉ định (dùng trong nước)
q850-3 = Không có tuyến tới đích
q850-4 = Gửi âm báo thông tin đặc biệt
q850-5 = Quay sai tiền tố trung kế (dùng trong nước)
q850-6 = Kênh không chấp nhận được
q850-7 = Cuộc gọi được trao và chuyển trên kênh đã thiết lập
q850-8 = Chiếm quyền ưu tiên
q850-9 = Chiếm quyền ưu tiên, mạch được giữ để dùng lại
q850-14 = QoR: số đã chuyển mạng giữ số
q850-16 = Giải phóng cuộc gọi bình thường
q850-17 = Thuê bao bận
q850-18 = Thuê bao không phản hồi
q850-19 = Thuê bao không trả lời (đã đổ chuông)
q850-20 = Thuê bao vắng mặt (không liên lạc được)
q850-21 = Cuộc gọi bị từ chối
q850-22 = Số đã thay đổi
q850-23 = Chuyển hướng tới đích mới
q850-24 = Cuộc gọi bị từ chối do dịch vụ tại đích
q850-25 = Lỗi định tuyến tại tổng đài
q850-26 = Giải phóng người dùng không được chọn
q850-27 = Đích không hoạt động
q850-28 = Sai định dạng số (số chưa đầy đủ)
q850-29 = Tiện ích bị từ chối
q850-30 = Trả lời STATUS ENQUIRY
q850-31 = Bình thường, không xác định
q850-34 = Không có mạch/kênh rỗi
q850-38 = Mạng không hoạt động
q850-39 = Kết nối chế độ khung cố định ngừng phục vụ
q850-40 = Kết nối chế độ khung cố định đang hoạt động
q850-41 = Lỗi tạm thời
q850-42 = Nghẽn thiết bị chuyển mạch
q850-43 = Thông tin truy nhập bị loại bỏ
q850-44 = Mạch/kênh yêu cầu không khả dụng
q850-46 = Cuộc gọi ưu tiên bị chặn
q850-47 = Tài nguyên không khả dụng, không xác định
q850-49 = Chất lượng dịch vụ không khả dụng
q850-50 = Chưa đăng ký tiện ích yêu cầu
q850-53 = Cấm gọi đi trong CUG
q850-55 = Cấm gọi đến trong CUG
q850-57 = Khả năng truyền tải không được phép
q850-58 = Khả năng truyền tải hiện không khả dụng
q850-62 = Thông tin truy nhập đi chỉ định không khớp với loại thuê bao
q850-63 = Dịch vụ hoặc tùy chọn không khả dụng, không xác định
q850-65 = Khả năng truyền tải chưa được triển khai
q850-66 = Loại kênh chưa được triển khai
q850-69 = Tiện ích yêu cầu chưa được triển khai
q850-70 = Chỉ có khả năng truyền tải thông tin số hạn chế (dùng trong nước)
q850-79 = Dịch vụ hoặc tùy chọn chưa được triển khai, không xác định
q850-81 = Giá trị tham chiếu cuộc gọi không hợp lệ
q850-82 = Kênh được chỉ định không tồn tại
q850-83 = Có cuộc gọi đang tạm giữ nhưng không có nhận dạng cuộc gọi này
q850-84 = Nhận dạng cuộc gọi đang được dùng
q850-85 = Không có cuộc gọi nào đang tạm giữ
q850-86 = Cuộc gọi có nhận dạng yêu cầu đã được giải phóng
q850-87 = Người dùng không thuộc CUG
q850-88 = Đích không tương thích
q850-90 = CUG không tồn tại
q850-91 = Chọn mạng chuyển tiếp không hợp lệ (dùng trong nước)
q850-95 = Bản tin không hợp lệ, không xác định
q850-96 = Thiếu phần tử thông tin bắt buộc
q850-97 = Loại bản tin không tồn tại hoặc chưa được triển khai
q850-98 = Bản tin không tương thích với trạng thái cuộc gọi, hoặc loại bản tin không tồn tại hay chưa được triển khai
q850-99 = Phần tử thông tin/tham số không tồn tại hoặc chưa được triển khai
q850-100 = Nội dung phần tử thông tin không hợp lệ
q850-101 = Bản tin không tương thích với trạng thái cuộc gọi
q850-102 = Khôi phục khi bộ định thời hết hạn
q850-103 = Tham số không tồn tại hoặc chưa được triển khai, đã chuyển tiếp (dùng trong nước)
q850-110 = Bản tin có tham số không nhận dạng được, đã loại bỏ
q850-111 = Lỗi giao thức, không xác định
q850-127 = Liên mạng, không xác định
