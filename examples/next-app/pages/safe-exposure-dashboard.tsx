// Pages Router: only the data the page renders goes into `props`; refreshes go through an API route
// that holds the token on the server.
export async function getServerSideProps() {
  const response = await fetch('https://cms.example.com/api/dashboard', {
    headers: { Authorization: `Bearer ${process.env.CMS_API_TOKEN}` },
  });
  const dashboard = await response.json();
  return { props: { dashboard, refreshUrl: '/api/dashboard' } };
}

export default function Dashboard({ dashboard }: { dashboard: { title: string } }) {
  return <h1>{dashboard.title}</h1>;
}
