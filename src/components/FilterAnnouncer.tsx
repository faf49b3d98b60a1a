// A polite live region that says the filter sentence when it changes, and
// nothing on first load (the page itself is being read then).
import { useEffect, useRef, useState } from 'react';

export function FilterAnnouncer({ sentence }: { sentence: string }) {
  const first = useRef(sentence);
  const [said, setSaid] = useState('');
  useEffect(function sayNewSentence() {
    if (sentence !== first.current) setSaid(sentence);
  }, [sentence]);
  return <p className="visually-hidden" role="status" data-announcer="">{said}</p>;
}
