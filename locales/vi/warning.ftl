# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), Tiếng Việt.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Giao thức mạng không tương thích
warning-301 = Định dạng địa chỉ mạng không tương thích
warning-302 = Giao thức truyền tải không tương thích
warning-303 = Đơn vị băng thông không tương thích
warning-304 = Loại media không khả dụng
warning-305 = Định dạng media không tương thích
warning-306 = Không nhận dạng được thuộc tính
warning-307 = Không nhận dạng được tham số SDP
warning-308 = Tham số ngôn ngữ không tương thích
warning-330 = Multicast không khả dụng
warning-331 = Unicast không khả dụng
warning-370 = Không đủ băng thông
warning-380 = Không cho phép SIPS
warning-381 = Bắt buộc dùng SIPS
warning-399 = Cảnh báo khác
