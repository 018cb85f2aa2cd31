// The official plone.restapi JavaScript client (@plone/client) against a running test site:
// login, search, content, vocabularies, workflow. Prints one JSON object of what it got;
// tests/services/test_plone_client.py runs it and checks the answers.
import PloneClient from "@plone/client";

function fail(error) {
  // axios's error: say the status and the body, not the whole request object.
  const response = error?.response ?? error;
  console.error(JSON.stringify({ status: response?.status, url: error?.config?.url, data: response?.data,
                                 message: String(error?.message ?? error) }));
  process.exit(1);
}

async function main() {
const [apiPath, login, password, draft] = process.argv.slice(2);
const out = {};
const anonymous = PloneClient.initialize({ apiPath });
out.search = await anonymous
  .getSearchQuery({ query: { portal_type: ["Service"], SearchableText: "giay phep xay dung" } })
  .queryFn();
out.content = await anonymous.getContentQuery({ path: "/thu-tuc/1.009130" }).queryFn();
out.vocabulary = await anonymous.getVocabulariesQuery({ path: "danang.portal.Districts" }).queryFn();
const editor = PloneClient.initialize({ apiPath });
out.token = await editor.login({ username: login, password });
out.created = await editor
  .createContentMutation()
  .mutationFn({ path: "/", data: { "@type": "Document", id: "tin-thu", title: "Tin thử nghiệm" } });
out.before = await editor.getWorkflowQuery({ path: draft }).queryFn();
out.published = await editor.createWorkflowMutation().mutationFn({ path: draft, data: { comment: "Đăng" } });
out.after = await editor.getWorkflowQuery({ path: draft }).queryFn();
console.log(JSON.stringify(out));
}

main().catch(fail);
