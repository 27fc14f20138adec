// Numbers and dates the Vietnamese way: 267.922, 98,9%, 15/01/2026 08:30.
const whole = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const dateTime = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 0 });

/** A value of an indicator of kind count, rate or score. */
export function formatValue(value, kind, unit) {
  if (value === null || value === undefined || value === '') return '—';
  const n = Number(value);
  if (kind === 'count') return whole.format(n);
  if (kind === 'rate' || unit === '%') return `${decimal.format(n)}%`;
  return decimal.format(n);
}

/** A plain number: whole numbers without decimals, others to two places. */
export function formatNumber(value) {
  return value === null || value === undefined ? '—' : decimal.format(Number(value));
}

/** 0.87 → 87%. */
export function formatShare(value) {
  return percent.format(Number(value));
}

export function formatDateTime(text) {
  return text ? dateTime.format(new Date(text)) : '—';
}

export const statusLabels = {
  received: ['Đã nhận, đang đọc', 'received'],
  parsed: ['Đã đọc', 'parsed'],
  accepted: ['Đã chấp nhận', 'accepted'],
  rejected: ['Bị từ chối', 'rejected'],
  failed: ['Lỗi xử lý', 'failed'],
};

export const methodLabels = {
  sum: ['Tổng', 'sum'],
  ratio: ['Tỷ lệ tính lại từ tổng', 'recomputed ratio'],
  mean: ['Trung bình (có nhãn)', 'labelled mean'],
  none: ['Không tổng hợp', 'not rolled up'],
};

export const levelLabels = {
  province: ['Cấp tỉnh', 'province'],
  department: ['Sở, ban, ngành', 'departments'],
  district: ['Cấp huyện', 'districts'],
  commune: ['Cấp xã', 'communes'],
};

export const roleLabels = {
  unit: ['Đơn vị', 'unit'],
  province: ['Tỉnh', 'province'],
  admin: ['Quản trị', 'admin'],
};
