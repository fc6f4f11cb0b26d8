/**
 * Conversations that outlive a process: {@link com.shopsight.agent.conversation.ConversationStore}
 * keeps each {@link com.shopsight.agent.conversation.Conversation} and its
 * {@link com.shopsight.agent.conversation.Turn}s as a JSON file beside the database.
 */
package com.shopsight.agent.conversation;
