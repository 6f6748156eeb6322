import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootConsole } from './app/boot';
import './index.css';

const root = createRoot(document.getElementById('root')!);

void bootConsole().then(({ queryClient }) => {
  root.render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
});
