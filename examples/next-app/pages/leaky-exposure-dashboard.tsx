// Pages Router: everything returned in `props` is serialised into the HTML as __NEXT_DATA__.
// The correct version is safe-exposure-dashboard.tsx.
export async function getServerSideProps() {
  const response = await fetch('https://cms.example.com/api/dashboard', {
    headers: { Authorization: `Bearer ${process.env.CMS_API_TOKEN}` },
  });
  const dashboard = await response.json();
  // The token is handed to the page "for client-side refreshes": it ends up in the page source.
  return { props: { dashboard, cmsToken: process.env.CMS_API_TOKEN } };
}

export default function Dashboard({ dashboard }: { dashboard: { title: string } }) {
  return <h1>{dashboard.title}</h1>;
}
