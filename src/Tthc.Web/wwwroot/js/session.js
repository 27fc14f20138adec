// The signed-in key lives in sessionStorage only: it is gone when the tab closes, and is sent as Authorization: Bearer.
const storageKey = 'tthc.session';

/** {key, role, scope} or null. */
export function currentSession() {
  try {
    const value = JSON.parse(window.sessionStorage.getItem(storageKey) ?? 'null');
    return value && value.key && value.role && value.role !== 'pending' ? value : null;
  } catch {
    return null;
  }
}

export function saveSession(session) {
  window.sessionStorage.setItem(storageKey, JSON.stringify(session));
}

export function clearSession() {
  window.sessionStorage.removeItem(storageKey);
}

/** The page a role starts on. */
export function homeOf(session) {
  if (!session) return '#/sign-in';
  if (session.role === 'unit') return `#/unit/${encodeURIComponent(session.scope)}`;
  if (session.role === 'province') return `#/province/${encodeURIComponent(session.scope)}`;
  if (session.role === 'pending') return '#/sign-in';
  return '#/province';
}

/** What each role may do (CONTRACTS.md "Identity and roles"), shown after signing in. */
export const permissions = {
  unit: [
    ['Gửi báo cáo của đơn vị mình và xem các lần gửi', 'Upload its own reports and see its submissions'],
    ['Xem từng số liệu bên cạnh dòng chứng cứ trong văn bản', 'See each value beside its evidence line'],
    ['Xác nhận hoặc sửa các số liệu chưa chắc chắn', 'Confirm or correct uncertain values'],
  ],
  province: [
    ['Xem tổng hợp, đơn vị đã báo cáo, nộp muộn, chưa nộp', 'See the rollup, who reported, who is late or missing'],
    ['Xem số liệu và chứng cứ của từng đơn vị trong tỉnh', 'Drill down to each unit’s values and evidence'],
    ['Xác nhận, sửa số liệu; tải bảng tổng hợp (xlsx, csv, đoạn văn)', 'Review values; export xlsx, csv, the draft paragraph'],
    ['Nạp danh mục đơn vị; cấp khóa cho đơn vị của tỉnh', 'Load the unit registry; issue keys to its units'],
  ],
  admin: [
    ['Mọi việc của tỉnh, cho mọi tỉnh', 'Everything a province may do, for every province'],
    ['Cấp và thu hồi khóa; nạp danh mục của bất kỳ tỉnh nào', 'Issue and revoke keys; load any province’s registry'],
  ],
};
