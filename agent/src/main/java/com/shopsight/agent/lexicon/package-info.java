/**
 * The words the offline planner reads: {@link com.shopsight.agent.lexicon.Lexicon} (every known
 * phrase and its {@link com.shopsight.agent.lexicon.Meaning}), built from the semantic model,
 * the {@link com.shopsight.agent.lexicon.LearnedValues} of the data and
 * {@link com.shopsight.agent.lexicon.EnglishWords}; the {@link com.shopsight.agent.lexicon.Tokenizer};
 * {@link com.shopsight.agent.lexicon.Spelling} for misspelt words and
 * {@link com.shopsight.agent.lexicon.NearestPhrase} for unknown ones.
 */
package com.shopsight.agent.lexicon;
