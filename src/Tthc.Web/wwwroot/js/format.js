// Numbers and dates the Vietnamese way: 267.922, 98,9%, 15/01/2026 08:30.
const whole = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const dateTime = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });
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

/** Reads a number typed the Vietnamese way (1.133; 98,9) or plainly (1133; 98.9); NaN when it is not one. */
export function parseNumber(text, kind) {
  let t = String(text).trim().replace(/\s/g, '').replace(/%$/, '');
  if (!/^[0-9.,]+$/.test(t)) return Number.NaN;
  if (kind === 'count') return /^\d{1,3}([.,]\d{3})*$/.test(t) ? Number(t.replace(/[.,]/g, '')) : Number(t);
  if (t.includes(',')) t = t.replace(/\./g, '').replace(',', '.');
  return Number(t);
}

export const reviewLabels = {
  notNeeded: ['Chắc chắn', 'certain'],
  awaiting: ['Chờ xem xét', 'awaiting review'],
  confirmed: ['Đã xác nhận', 'confirmed'],
  corrected: ['Đã sửa', 'corrected'],
};

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
