/** How the OpenAPI document explains a lecture's format, in the committee's words. */
export const LECTURE_FORMAT_DOC = 'onsite 现场, online 线上, hybrid 线上线下结合';
