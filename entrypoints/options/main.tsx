import { render } from 'preact';
import { localizeDocument } from '../../utils/i18n';
import { App } from './App';
import '../../utils/highlight/marks.css';
import '../popup/style.css';
import './style.css';

localizeDocument(document, 'optionsTitle');
render(<App />, document.getElementById('app')!);
