/** How the request bodies that take a position describe its values. */
export const POSITIONS =
  'member 委员, secretary 书记, deputy-secretary 副书记, discipline-member 纪检委员, expert 宣讲专家 (not on the committee)';
