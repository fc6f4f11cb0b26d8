// The answer's own page (/answers/{id}): the same answer card as in the chat.
import {clear} from './dom.js';
import {answerCard} from './answer.js';

const main = document.getElementById('main');
const root = document.getElementById('answer-root');
const answer = JSON.parse(main.dataset.answer);
clear(root).append(answerCard(answer, {standalone: true}));
