// How node should run the server. Each analysis of a long timeline builds thousands of entries
// that live until the next keystroke; V8 then starts allocating such objects straight in the old
// generation ("pretenuring"), which doubled the model's build time at 10,000 entries, and a
// small young generation collects mid-analysis. Measured by `npm run bench`: keystroke to
// findings at 10,000 entries went from about 60 ms to about 40 ms in process with these (the
// bench script runs with them too, so remark and markdownlint are measured alike).
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64', '--no-allocation-site-pretenuring'];
