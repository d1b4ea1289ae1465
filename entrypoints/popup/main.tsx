import { render } from 'preact';
import { fitPopupToWindow } from '../../utils/fit-popup';
import { localizeDocument } from '../../utils/i18n';
import { App } from './App';
import '../../utils/highlight/marks.css';
import './style.css';

localizeDocument(document, 'extName');
render(<App />, document.getElementById('app')!);
fitPopupToWindow(window);
