// A unit's page: drop or choose report files (docx, pdf, xlsx, txt, csv), watch them upload and get read, list what was sent.
import { h, bi, replace, announce, message, scrollBox } from '../dom.js';
import { api, uploadReport, waitForSubmission } from '../api.js';
import { formatDateTime, statusLabels } from '../format.js';
import { currentSession } from '../session.js';
import { roleRights } from './sign-in.js';

const accepted = ['.docx', '.pdf', '.xlsx', '.txt', '.csv'];

export async function unitView(unit) {
  const list = h('div', { id: 'submissions' });
  const refresh = async () => replace(list, submissionsTable(await api(`units/${encodeURIComponent(unit)}/submissions`)));
  await refresh();

  const uploads = h('ul', { class: 'uploads', 'aria-label': 'Tệp đang gửi / Uploads' });
  const input = h('input', { type: 'file', id: 'report-file', multiple: true, accept: accepted.join(',') });
  const zone = h(
    'label',
    { class: 'dropzone', for: 'report-file', id: 'dropzone' },
    h('strong', {}, 'Kéo thả tệp báo cáo vào đây, hoặc chọn tệp'),
    h('span', { class: 'en', lang: 'en' }, 'Drop report files here, or choose files'),
    h('span', { class: 'hint' }, 'Word (.docx), PDF, Excel (.xlsx), văn bản (.txt), mẫu CSV'),
    input,
  );

  const send = (files) => {
    for (const file of files) uploads.prepend(uploadItem(unit, file, refresh));
  };
  input.addEventListener('change', () => {
    send([...input.files]);
    input.value = '';
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    send([...event.dataTransfer.files]);
  });

  return h(
    'section',
    {},
    h('h1', {}, 'Báo cáo của đơn vị ', h('code', {}, unit), h('span', { class: 'en', lang: 'en' }, 'Reports of this unit')),
    roleRights(currentSession()),
    h('section', { class: 'panel', 'aria-labelledby': 'upload-heading' }, h('h2', { id: 'upload-heading' }, ...bi('Gửi báo cáo', 'Send a report')), zone, uploads),
    h('section', { 'aria-labelledby': 'list-heading' }, h('h2', { id: 'list-heading' }, ...bi('Các lần gửi', 'Submissions')), list),
  );
}

function uploadItem(unit, file, refresh) {
  const progress = h('progress', { max: 100, value: 0, 'aria-label': `Tiến độ gửi ${file.name}` });
  const state = h('span', {}, 'Đang gửi… / uploading…');
  const item = h('li', { 'data-file': file.name }, h('strong', {}, file.name), progress, state);
  const extension = file.name.slice(file.name.lastIndexOf('.')).toLowerCase();
  if (!accepted.includes(extension)) {
    replace(state, message('error', `Không nhận loại tệp ${extension}; chỉ ${accepted.join(', ')} / unsupported file type.`));
    progress.remove();
    return item;
  }

  uploadReport(unit, file, (share) => { progress.value = Math.round(share * 100); })
    .then(async ({ submissionId, duplicate }) => {
      replace(state, duplicate ? 'Tệp này đã được gửi trước đây; đang đọc… / already sent; reading…' : 'Đã gửi; đang đọc số liệu… / uploaded; reading…');
      announce(`Đã gửi ${file.name}`);
      await refresh();
      const submission = await waitForSubmission(submissionId);
      const [vi, en] = statusLabels[submission.status] ?? [submission.status, submission.status];
      replace(state, h('span', { class: `badge ${submission.status}` }, vi), ' ', h('span', { class: 'en', lang: 'en' }, en), ' · ', h('a', { href: `#/submission/${submissionId}` }, 'Xem số liệu và chứng cứ / see values and evidence'));
      announce(`${file.name}: ${vi}`);
      await refresh();
    })
    .catch((error) => {
      replace(state, message('error', error.problem?.title ? `${error.problem.title}: ${error.problem.detail ?? ''}` : error.message));
    });
  return item;
}

function submissionsTable(view) {
  if (view.submissions.length === 0) {
    return h('p', { class: 'muted' }, 'Chưa gửi báo cáo nào. ', h('span', { class: 'en', lang: 'en' }, 'Nothing sent yet.'));
  }

  return scrollBox(
    'Các lần gửi / Submissions',
    h(
      'table',
      {},
      h('caption', {}, `${view.submissions.length} lần gửi, mới nhất trước / newest first`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Tệp'), h('th', { scope: 'col' }, 'Kỳ'), h('th', { scope: 'col' }, 'Gửi lúc'), h('th', { scope: 'col' }, 'Trạng thái'), h('th', { scope: 'col', class: 'num' }, 'Số liệu'), h('th', { scope: 'col', class: 'num' }, 'Cần xem'))),
      h('tbody', {}, view.submissions.map((s) => {
        const [vi] = statusLabels[s.status] ?? [s.status];
        return h(
          'tr',
          { 'data-submission': s.submissionId },
          h('td', {}, h('a', { href: `#/submission/${s.submissionId}` }, s.file)),
          h('td', {}, s.period ?? '—'),
          h('td', {}, formatDateTime(s.uploadedAt)),
          h('td', {}, h('span', { class: `badge ${s.status}` }, vi), s.supersededBy ? h('span', { class: 'hint' }, 'đã có bản mới hơn / superseded') : null),
          h('td', { class: 'num' }, s.values),
          h('td', { class: 'num' }, s.awaitingReview ?? 0),
        );
      })),
    ),
  );
}
