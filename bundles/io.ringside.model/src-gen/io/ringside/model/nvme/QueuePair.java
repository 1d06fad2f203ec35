/**
 */
package io.ringside.model.nvme;

import io.ringside.model.trace.Queue;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Queue Pair</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A submission queue and the completion queue it posts to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.nvme.QueuePair#getSq <em>Sq</em>}</li>
 *   <li>{@link io.ringside.model.nvme.QueuePair#getCq <em>Cq</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.nvme.NvmePackage#getQueuePair()
 * @model
 * @generated
 */
public interface QueuePair extends Queue {
	/**
	 * Returns the value of the '<em><b>Sq</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sq</em>' containment reference.
	 * @see #setSq(SubmissionQueue)
	 * @see io.ringside.model.nvme.NvmePackage#getQueuePair_Sq()
	 * @model containment="true"
	 * @generated
	 */
	SubmissionQueue getSq();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.QueuePair#getSq <em>Sq</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sq</em>' containment reference.
	 * @see #getSq()
	 * @generated
	 */
	void setSq(SubmissionQueue value);

	/**
	 * Returns the value of the '<em><b>Cq</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cq</em>' containment reference.
	 * @see #setCq(CompletionQueue)
	 * @see io.ringside.model.nvme.NvmePackage#getQueuePair_Cq()
	 * @model containment="true"
	 * @generated
	 */
	CompletionQueue getCq();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.QueuePair#getCq <em>Cq</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cq</em>' containment reference.
	 * @see #getCq()
	 * @generated
	 */
	void setCq(CompletionQueue value);

} // QueuePair
